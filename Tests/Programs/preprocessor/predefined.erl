-module(predefined).
-export([main/1]).
-mode(compile).

%% Predefined macros. ?MODULE is not printed: escript renames the module.
main(_) ->
    io:format("~p~n", [?FILE]),
    io:format("~p~n", [?LINE]),
    io:format("~p~n", [is_atom(?MODULE)]),
    io:format("~p~n", [?MODULE_STRING =:= atom_to_list(?MODULE)]),
    io:format("~p~n", [?FUNCTION_NAME]),
    io:format("~p~n", [?FUNCTION_ARITY]),
    io:format("~p~n", [helper(a, b)]),
    io:format("~p~n", [is_integer(?OTP_RELEASE)]),
    io:format("~p~n", [?LINE]).

helper(_, _) -> {?FUNCTION_NAME, ?FUNCTION_ARITY, ?LINE}.
