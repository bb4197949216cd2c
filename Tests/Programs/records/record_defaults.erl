-module(record_defaults).
-export([main/1]).
-mode(compile).

-record(cfg, {verbose = false :: boolean(), level = 1, tags = [], name :: string() | undefined}).

main(_) ->
    io:format("~p~n", [#cfg{}]),
    io:format("~p~n", [#cfg{level = 5, _ = x}]),
    io:format("~p~n", [#cfg{_ = all, name = "n"}]),
    C = #cfg{tags = [a]},
    io:format("~p~n", [C#cfg{tags = [b | C#cfg.tags]}]).
