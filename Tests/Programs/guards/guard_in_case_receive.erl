-module(guard_in_case_receive).
-export([main/1]).
-mode(compile).

main(_) ->
    R = [case X of
             N when N < 0 -> neg;
             N when N > 0, N rem 2 =:= 0 -> pos_even;
             0 -> zero;
             _ -> pos_odd
         end || X <- [-2, 0, 3, 4]],
    io:format("~p~n", [R]),
    self() ! {num, 1},
    self() ! {num, 50},
    receive {num, Big} when Big > 10 -> io:format("got big ~p~n", [Big]) end,
    receive {num, Small} -> io:format("then ~p~n", [Small]) end,
    V = if length(R) > 3 -> many; true -> few end,
    io:format("~p~n", [V]).
