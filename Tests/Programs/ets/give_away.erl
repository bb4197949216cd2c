-module(give_away).
-export([main/1]).

%% give_away/3 with its ETS-TRANSFER message; setopts/2 for the heir.
main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    Self = self(),
    T = ets:new(t, [protected]),
    ets:insert(T, {k, v}),
    Pid = spawn(fun() -> receiver(Self) end),
    P(ets:info(T, owner) =:= Self),
    P(ets:give_away(T, Pid, gift)),
    receive {got, {'ETS-TRANSFER', Tab, From, Data}} -> P({Tab =:= T, From =:= Self, Data}) end,
    P(ets:info(T, owner) =:= Pid),
    P(catch_reason(fun() -> ets:insert(T, {k2, v2}) end)),
    P(ets:lookup(T, k)),
    P(catch_reason(fun() -> ets:give_away(T, Self, back) end)),
    Pid ! {give_back, T},
    receive {'ETS-TRANSFER', _, From2, Back} -> P({From2 =:= Pid, Back}) end,
    receive {got, Given} -> P(Given) end,
    P(ets:info(T, owner) =:= Self),
    P(catch_reason(fun() -> ets:give_away(T, Self, x) end)),
    P(catch_reason(fun() -> ets:give_away(T, not_a_pid, x) end)),
    P(catch_reason(fun() -> ets:give_away(no_such_table, Pid, x) end)),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    P(catch_reason(fun() -> ets:give_away(T, Dead, x) end)),
    N = ets:new(named, [named_table, public]),
    P(ets:info(N, heir)),
    P(ets:setopts(N, [{heir, Pid, heir_data}])),
    P(ets:info(N, heir) =:= Pid),
    P(ets:setopts(N, {heir, none})),
    P(ets:info(N, heir)),
    P(catch_reason(fun() -> ets:setopts(N, [{bogus, 1}]) end)),
    P(catch_reason(fun() -> ets:setopts(N, [{heir, not_a_pid, x}]) end)),
    H = ets:new(h, [{heir, Pid, data}]),
    P(ets:info(H, heir) =:= Pid),
    Pid ! {try_setopts, N},
    receive {setopts, R} -> P(R) end,
    Pid ! stop.

receiver(Main) ->
    receive
        stop -> ok;
        {give_back, T} -> Main ! {got, ets:give_away(T, Main, returned)}, receiver(Main);
        {try_setopts, N} -> Main ! {setopts, catch_reason(fun() -> ets:setopts(N, {heir, none}) end)}, receiver(Main);
        M -> Main ! {got, M}, receiver(Main)
    end.

catch_reason(F) -> try F() catch C:R -> {C, R} end.
