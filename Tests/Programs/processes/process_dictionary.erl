-module(process_dictionary).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [put(counter, 1)]),
    io:format("~p~n", [put(counter, 2)]),
    io:format("~p~n", [get(counter)]),
    io:format("~p~n", [get(missing)]),
    put({complex, key}, [1, 2, 3]),
    io:format("~p~n", [get({complex, key})]),
    io:format("~p~n", [lists:sort(get_keys())]),
    io:format("~p~n", [get_keys(2)]),
    io:format("~p~n", [lists:sort(get())]),
    io:format("~p~n", [erase(counter)]),
    io:format("~p~n", [erase(counter)]),
    Parent = self(),
    spawn(fun() -> Parent ! {child_sees, get({complex, key})} end),
    receive {child_sees, V} -> io:format("child dictionary is separate: ~p~n", [V]) end,
    io:format("~p~n", [lists:sort(erase())]),
    io:format("~p~n", [get()]).
