-module(fun_names).
-export([main/1]).
-mode(compile).

%% OTP names funs after the function that defines them: '-main/1-fun-N-' for anonymous funs,
%% '-main/1-Name/Arity-K-' for named funs, '-main/1-lc$^N/1-K-' and '-main/1-lbc$^N/2-K-' for
%% the loops of list and binary comprehensions. N and K restart in each function; N follows
%% the compiler's translation order (a fun after its body; elements and arguments right to
%% left), K the order of lifting (named funs and comprehensions, outer first).

name(F) -> element(2, erlang:fun_info(F, name)).

%% The frames of a stack trace that belong to this program, as {Function, Arity}.
frames(S) -> [{F, A} || {M, F, A, _} <- S, M =/= escript, M =/= init].

%% Where the caller of here() is.
here() ->
    try error(here) catch error:here:S -> hd(frames(tl(S))) end.

main(Args) ->
    A = fun() -> a end,
    B = fun(X) -> fun() -> X end end,
    io:format("~p~n", [[name(A), name(B), name(B(1))]]),
    Loop = fun Loop(0) -> done; Loop(N) -> Loop(N - 1) end,
    Unused = fun _NotCalled() -> 0 end,
    io:format("~p~n", [[name(Loop), Loop(3), name(Unused)]]),
    {T1, T2} = {fun() -> 1 end, fun() -> 2 end},
    [L1, L2] = [fun() -> 1 end, fun() -> 2 end],
    io:format("~p~n", [[name(T1), name(T2), name(L1), name(L2)]]),
    #{a := M1, b := M2} = #{a => fun() -> 1 end, b => fun() -> 2 end},
    io:format("~p~n", [[name(M1), name(M2)]]),
    io:format("~p~n", [[{here()} || _ <- [1]]]),
    io:format("~p~n", [[{here(), X} || X <- Args ++ [x], _ <- [1, 2]]]),
    io:format("~p~n", [<< <<(byte_size(term_to_binary(here())))>> || _ <- [1] >>]),
    G = fun Walk([]) -> [{here()}]; Walk([_ | T]) -> Walk(T) end,
    io:format("~p ~p~n", [name(G), G([1, 2])]),
    F = fun() -> [{here(), name(fun Inner() -> Inner end)} || _ <- [1]] end,
    io:format("~p ~p~n", [name(F), F()]),
    io:format("~p~n", [other()]),
    io:format("~p~n", [caught(fun() -> [1 / X || X <- [1, 0]] end)]),
    io:format("~p~n", [caught(fun() -> [Y || X <- [[1], a], Y <- X] end)]),
    io:format("~p~n", [caught(fun() -> [X || X <- [1, 2], X] end)]),
    io:format("~p~n", [caught(fun() -> << <<X>> || X <- [1, a] >> end)]),
    io:format("~p~n", [caught(fun() -> (fun Count(0) -> ok; Count(N) when N > 0 -> Count(N - 1) end)(-1) end)]),
    io:format("~p~n", [caught(fun() -> (fun Count(0) -> 0; Count(N) -> 1 + Count(N - 1) end)(a) end)]).

other() ->
    F = fun() -> [fun() -> ok end] end,
    {name(F), [name(G) || G <- F()]}.

caught(F) ->
    try F() catch Class:Reason:S -> {Class, Reason, frames(S)} end.
