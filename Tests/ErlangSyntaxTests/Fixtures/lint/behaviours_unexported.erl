-module(behaviours_unexported).
-behaviour(gen_server).
-export([handle_call/3]).
init(_) -> ok.
handle_call(_, _, _) -> ok.
