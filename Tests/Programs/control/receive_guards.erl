-module(receive_guards).
-export([main/1]).
-mode(compile).

main(_) ->
    [self() ! N || N <- [5, 50, 15, 500]],
    receive N1 when N1 > 100 -> io:format("first over 100: ~p~n", [N1]) end,
    receive N2 when N2 > 10 -> io:format("first over 10: ~p~n", [N2]) end,
    receive N3 -> io:format("next: ~p~n", [N3]) end,
    Expected = 15,
    receive Expected -> io:format("bound var matched ~p~n", [Expected]) end,
    Timeout = 20,
    receive _ -> no after Timeout -> io:format("variable timeout~n") end,
    receive _ -> no after infinity_is_not_used_here() -> io:format("computed timeout~n") end.

infinity_is_not_used_here() -> 5.
