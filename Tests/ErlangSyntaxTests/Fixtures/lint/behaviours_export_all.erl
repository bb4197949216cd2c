-module(behaviours_export_all).
-behaviour(gen_server).
-compile(export_all).
init(_) -> ok.
