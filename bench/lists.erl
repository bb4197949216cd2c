#!/usr/bin/env escript
%% List building and the list BIFs: a million pseudo-random integers,
%% built by a loop, then lists:sort/1 and lists:reverse/1.
-module(bench_lists).
-export([main/1]).

-define(N, 1000000).

main(_) ->
    T0 = erlang:monotonic_time(millisecond),
    List = random_list(?N, 42, []),
    Sorted = lists:sort(List),
    Reversed = lists:reverse(Sorted),
    T1 = erlang:monotonic_time(millisecond),
    io:format("lists: ~p ms (~p elements, min ~p, max ~p)~n",
              [T1 - T0, length(Sorted), hd(Sorted), hd(Reversed)]).

%% Park-Miller generator: the products stay below 2^46, small on any VM.
random_list(0, _X, Acc) -> Acc;
random_list(N, X, Acc) ->
    Next = X * 16807 rem 2147483647,
    random_list(N - 1, Next, [Next | Acc]).
