-module(lowercase_call_of_fun_variable).
-export([main/1]).

main(_) ->
    F = fun(X) -> X end,
    f(F).
