-module(undefined_function_arity).
-export([main/1]).

main(_) ->
    helper(1, 2).

helper(X) -> X.
