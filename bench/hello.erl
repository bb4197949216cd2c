#!/usr/bin/env escript
%% Start-up time: the program does nothing, so the wall time bench.sh
%% measures is the cost of starting the runtime and loading the script.
-module(bench_hello).
-export([main/1]).

main(_) ->
    io:format("hello: 0 ms~n").
