#!/usr/bin/env escript
%% Map updates and lookups: 100,000 inserts, then 100,000 reads.
-module(bench_maps).
-export([main/1]).

-define(N, 100000).

main(_) ->
    T0 = erlang:monotonic_time(millisecond),
    Map = insert(0, #{}),
    Sum = lookup(0, Map, 0),
    T1 = erlang:monotonic_time(millisecond),
    io:format("maps: ~p ms (~p keys, sum ~p)~n", [T1 - T0, map_size(Map), Sum]).

insert(?N, Map) -> Map;
insert(I, Map) -> insert(I + 1, Map#{I => I * 2}).

lookup(?N, _Map, Sum) -> Sum;
lookup(I, Map, Sum) ->
    #{I := V} = Map,
    lookup(I + 1, Map, Sum + V + maps:get(I, Map)).
