-module(ifdef).
-export([main/1]).
-mode(compile).

-define(DEBUG, true).

-ifdef(DEBUG).
mode() -> debug.
-else.
mode() -> release.
-endif.

-ifndef(NOT_DEFINED).
extra() -> not_defined_branch.
-else.
extra() -> defined_branch.
-endif.

-undef(DEBUG).
-ifdef(DEBUG).
after_undef() -> still_defined.
-else.
after_undef() -> undefined_now.
-endif.

-ifdef(OUTER).
-ifdef(INNER).
nested() -> both.
-endif.
-else.
nested() -> outer_missing.
-endif.

main(_) ->
    io:format("~p~n", [[mode(), extra(), after_undef(), nested()]]).
