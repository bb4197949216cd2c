-module(fun_references).
-export([main/1, triple/1]).
-mode(compile).

double(X) -> X * 2.
triple(X) -> X * 3.

main(_) ->
    F = fun double/1,
    io:format("~p~n", [F(21)]),
    io:format("~p~n", [lists:map(fun double/1, [1, 2, 3])]),
    G = fun lists:reverse/1,
    io:format("~p~n", [G([1, 2, 3])]),
    H = fun erlang:length/1,
    io:format("~p~n", [H([a, b])]),
    T = fun ?MODULE:triple/1,
    io:format("~p~n", [T(5)]),
    M = lists, N = sum, A = 1,
    S = fun M:N/A,
    io:format("~p~n", [S([1, 2, 3])]),
    io:format("~p~n", [[is_function(F), is_function(F, 1), is_function(G, 2)]]),
    io:format("~p~n", [erlang:fun_info(F, arity)]),
    io:format("~p~n", [erlang:fun_info(G, module)]),
    io:format("~p~n", [erlang:fun_info(G, name)]).
