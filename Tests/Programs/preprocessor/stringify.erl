-module(stringify).
-export([main/1]).
-mode(compile).

%% ??Arg turns a macro argument into a string of its tokens.
-define(SHOW(Expr), io:format("~s = ~p~n", [??Expr, Expr])).
-define(STR(X), ??X).

main(_) ->
    ?SHOW(1 + 2),
    ?SHOW(lists:reverse([1, 2, 3])),
    ?SHOW({a, "b", $c}),
    ?SHOW(  2   *   21  ),
    io:format("~p~n", [?STR(foo(Bar))]),
    io:format("~p~n", [?STR([1,2 , 3])]),
    io:format("~p~n", [?STR('quoted atom')]),
    io:format("~p~n", [?STR(16#ff)]).
