-module(main_returns_value).
-export([main/1]).
-mode(compile).

%% Whatever main/1 returns, a normal return exits with status 0.
main(_) ->
    io:format("returning error tuple~n"),
    {error, ignored}.
