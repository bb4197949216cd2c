-module(behaviours_conflict).
-behaviour(gen_server).
-behaviour(supervisor).
-behaviour(application).
-export([init/1, handle_call/3]).
init(_) -> ok.
handle_call(_, _, _) -> ok.
