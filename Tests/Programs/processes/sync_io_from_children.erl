-module(sync_io_from_children).
-export([main/1]).
-mode(compile).

%% Output from other processes goes to the same stdout; ordering is forced by messages.
main(_) ->
    Parent = self(),
    lists:foreach(fun(N) ->
                          spawn(fun() -> io:format("child ~p says hi~n", [N]), Parent ! done end),
                          receive done -> ok end
                  end, lists:seq(1, 5)),
    io:format("parent done~n").
