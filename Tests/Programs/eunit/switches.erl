-module(switches).
-define(NOTEST, true).
-define(NOASSERT, true).
-include_lib("eunit/include/eunit.hrl").
-export([main/1]).

%% NOTEST and NOASSERT: assertions are `ok`, TEST and EUNIT are undefined.
-ifdef(TEST).
mode() -> testing.
-else.
mode() -> not_testing.
-endif.

-ifdef(EUNIT).
eunit() -> defined.
-else.
eunit() -> undefined.
-endif.

main(_) ->
    io:format("~p ~p~n", [mode(), eunit()]),
    io:format("~p~n", [?assert(1 > 2)]),
    io:format("~p~n", [?assertEqual(1, 2)]),
    io:format("~p~n", [?assertError(x, ok)]),
    io:format("~p~n", [?debugVal(5)]).
