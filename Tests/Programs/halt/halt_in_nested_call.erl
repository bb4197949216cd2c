-module(halt_in_nested_call).
-export([main/1]).
-mode(compile).

main(_) ->
    lists:foreach(fun(N) when N =:= 4 -> erlang:halt(N);
                     (N) -> io:format("~p~n", [N])
                  end, lists:seq(1, 10)).
