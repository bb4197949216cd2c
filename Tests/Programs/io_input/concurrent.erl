-module(concurrent).
-export([main/1]).

%% Several processes reading lines at once: each gets whole lines, every line
%% is read once, and a busy process keeps running meanwhile.
main(_) ->
    Self = self(),
    Counter = spawn(fun() -> count(0) end),
    Readers = [spawn(fun() -> Self ! {done, self(), read_all([])} end) || _ <- lists:seq(1, 4)],
    Lines = lists:append([receive {done, R, Ls} -> Ls end || R <- Readers]),
    io:format("~p lines~n", [length(Lines)]),
    io:format("~p~n", [lists:sort(Lines)]),
    Counter ! {stop, Self},
    receive {count, N} -> io:format("counter ran: ~p~n", [N > 0]) end.

read_all(Acc) ->
    case io:get_line("") of
        eof -> Acc;
        Line -> read_all([Line | Acc])
    end.

count(N) ->
    receive {stop, From} -> From ! {count, N}
    after 0 -> count(N + 1)
    end.
