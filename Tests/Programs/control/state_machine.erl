-module(state_machine).
-export([main/1]).
-mode(compile).

%% A door lock as a state machine driven by a list of events.
step(locked, {digit, D}, Code) -> {locked, Code ++ [D]};
step(locked, enter, "1234") -> {open, []};
step(locked, enter, _) -> {locked, []};
step(open, close, _) -> {locked, []};
step(State, _, Code) -> {State, Code}.

run(Events) ->
    lists:foldl(fun(E, {S, C}) ->
                        {S2, C2} = step(S, E, C),
                        io:format("~p -> ~p~n", [S, S2]),
                        {S2, C2}
                end, {locked, []}, Events).

main(_) ->
    Events = [{digit, $1}, {digit, $2}, enter, {digit, $1}, {digit, $2}, {digit, $3},
              {digit, $4}, enter, close],
    io:format("~p~n", [run(Events)]).
