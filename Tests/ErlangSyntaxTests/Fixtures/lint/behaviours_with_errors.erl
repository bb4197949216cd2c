-module(behaviours_with_errors).
-behaviour(gen_server).
-export([init/1, handle_call/3]).
init(_) -> foo().
handle_call(_, _, _) -> ok.
