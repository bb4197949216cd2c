-module(if_elif).
-export([main/1]).
-mode(compile).

-define(LEVEL, 2).

-if(?LEVEL > 2).
level() -> high.
-elif(?LEVEL =:= 2).
level() -> two.
-else.
level() -> low.
-endif.

-if(?OTP_RELEASE >= 21).
modern() -> true.
-else.
modern() -> false.
-endif.

-if(is_integer(?LEVEL) andalso ?LEVEL rem 2 == 0).
even() -> yes.
-else.
even() -> no.
-endif.

-if(defined(LEVEL)).
defined_level() -> yes.
-endif.

main(_) ->
    io:format("~p~n", [[level(), modern(), even(), defined_level()]]).
