#!/usr/bin/env escript
%% -*- erlang -*-
-module(shebang_header).
-export([main/1]).
-mode(compile).

%% escript skips a first line starting with #!.
main(Args) ->
    io:format("args ~p, line ~p~n", [Args, ?LINE]).
