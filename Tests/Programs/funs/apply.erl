-module(apply).
-export([main/1, hello/1]).
-mode(compile).

hello(Name) -> "hello " ++ Name.

main(_) ->
    io:format("~p~n", [apply(lists, seq, [1, 5])]),
    io:format("~p~n", [apply(fun(A, B) -> A + B end, [1, 2])]),
    io:format("~p~n", [erlang:apply(?MODULE, hello, ["you"])]),
    M = string, F = uppercase,
    io:format("~p~n", [M:F("dynamic")]),
    Mod = lists,
    io:format("~p~n", [Mod:max([3, 9, 2])]),
    Fun = reverse,
    io:format("~p~n", [lists:Fun([1, 2])]),
    io:format("~p~n", [(fun erlang:'+'/2)(1, 2)]),
    io:format("~p~n", [erlang:'*'(6, 7)]).
