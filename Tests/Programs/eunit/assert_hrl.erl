-module(assert_hrl).
-include_lib("stdlib/include/assert.hrl").
-export([main/1]).

%% stdlib's assert.hrl alone: the assertions, without EUnit.
main(_) ->
    io:format("~p~n", [?assertEqual(3, 1 + 2)]),
    show(fun () -> ?assertMatch({_, _}, {1, 2, 3}) end),
    show(fun () -> ?assert(not true) end),
    show(fun () -> ?assertNotEqual(a, a) end).

show(F) ->
    try F() catch error:{Kind, Info} -> io:format("~p ~p~n", [Kind, lists:keydelete(module, 1, Info)]) end.
