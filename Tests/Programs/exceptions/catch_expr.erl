-module(catch_expr).
-export([main/1]).
-mode(compile).

%% catch Expr: throw gives the value, exit gives {'EXIT', Reason}; errors include a
%% stacktrace, so only the reason is printed for those.
main(_) ->
    io:format("~p~n", [catch 42]),
    io:format("~p~n", [catch throw(thrown_value)]),
    io:format("~p~n", [catch exit(exit_reason)]),
    {'EXIT', {Reason, Stack}} = (catch error(some_error)),
    io:format("~p ~p~n", [Reason, is_list(Stack)]),
    {'EXIT', {badarith, _}} = (catch 1 / zero()),
    io:format("badarith caught~n"),
    X = (catch {ok, nested}),
    io:format("~p~n", [X]),
    io:format("~p~n", [catch throw({'EXIT', fake})]).

zero() -> 0.
