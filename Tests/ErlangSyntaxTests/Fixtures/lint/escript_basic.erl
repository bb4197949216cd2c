#!/usr/bin/env escript
%% An escript is interpreted: only the linter's messages, no compiler warnings.
main(Args) ->
    X = 1,
    [a],
    helper2(Args).
helper() -> ok.
helper2(_) -> Y.
