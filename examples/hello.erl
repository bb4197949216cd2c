#!/usr/bin/env escript
%% The smallest swerl program: `swerl examples/hello.erl [Name ...]`.
-module(hello).
-export([main/1]).

main([]) ->
    io:format("Hello, world!~n");
main(Names) ->
    [io:format("Hello, ~s!~n", [Name]) || Name <- Names],
    ok.
