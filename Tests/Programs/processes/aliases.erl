-module(aliases).
-export([main/1]).
-mode(compile).

%% Process aliases: a reference that messages can be sent to while it is active. Messages to
%% an inactive alias, or to a reference that never was one, are dropped without an error.
main(_) ->
    A = alias(),
    A ! one,
    erlang:send(A, two),
    io:format("alias ~p~n", [flush()]),
    io:format("unalias ~p ~p~n", [unalias(A), unalias(A)]),
    A ! three,
    io:format("after unalias ~p~n", [flush()]),
    R = alias([reply]),
    R ! r1, R ! r2,
    io:format("reply ~p ~p~n", [flush(), unalias(R)]),
    E = alias([reply, explicit_unalias]),
    E ! e1, E ! e2,
    io:format("explicit ~p ~p~n", [flush(), unalias(E)]),
    Plain = make_ref(),
    io:format("plain ref ~p ~p ~p~n", [Plain ! plain, unalias(Plain), flush()]),
    [io:format("~p~n", [reason(F)]) || F <- [fun() -> alias(x) end, fun() -> alias([x]) end,
                                              fun() -> alias([reply | x]) end,
                                              fun() -> unalias(x) end]],
    other_process_alias(),
    monitor_aliases(),
    monitor_errors().

%% Only the process that made an alias can deactivate it.
other_process_alias() ->
    Parent = self(),
    Child = spawn(fun() -> Parent ! {alias, alias()}, receive stop -> ok end end),
    ChildAlias = receive {alias, CA} -> CA end,
    ChildAlias ! hello,
    io:format("other's alias ~p~n", [unalias(ChildAlias)]),
    ChildAlias ! again,
    io:format("~p~n", [process_info(Child, messages)]),
    Child ! stop.

monitor_aliases() ->
    %% demonitor: the alias ends with the monitor.
    Echo = echo(),
    M1 = monitor(process, Echo, [{alias, demonitor}]),
    Echo ! {M1, hi},
    receive {echo, hi} -> ok end,
    io:format("demonitor ~p~n", [demonitor(M1, [flush, info])]),
    M1 ! after_demonitor,
    io:format("~p~n", [flush()]),
    %% reply_demonitor: the first message through the alias ends alias and monitor.
    M2 = monitor(process, Echo, [{alias, reply_demonitor}]),
    Echo ! {M2, first},
    Echo ! {M2, second},
    sync(Echo),
    io:format("reply_demonitor ~p ~p~n", [flush(), demonitor(M2, [info])]),
    %% explicit_unalias: the alias outlives the monitor.
    M3 = monitor(process, Echo, [{alias, explicit_unalias}, {tag, echo_down}]),
    Echo ! stop,
    receive {echo_down, M3, process, Echo, Why} -> io:format("down ~p~n", [Why]) end,
    M3 ! still_active,
    io:format("explicit_unalias ~p ~p~n", [flush(), unalias(M3)]),
    %% A monitor of a dead process ends with its 'DOWN', and so does its demonitor alias.
    M4 = monitor(process, Echo, [{alias, demonitor}]),
    receive {'DOWN', M4, process, Echo, noproc} -> ok end,
    M4 ! dropped,
    io:format("dead ~p~n", [flush()]),
    %% Monitoring oneself makes neither monitor nor alias.
    M5 = monitor(process, self(), [{alias, explicit_unalias}]),
    M5 ! dropped,
    io:format("self ~p ~p ~p~n", [flush(), unalias(M5), process_info(self(), monitors)]).

monitor_errors() ->
    Bad = [[{alias, x}], [x], foo, [{alias, demonitor} | bad], [{alias}]],
    [io:format("~p~n", [reason(fun() -> monitor(process, self(), Opts) end)]) || Opts <- Bad],
    io:format("~p~n", [reason(fun() -> monitor(port, self(), []) end)]).

%% A process that sends {echo, Msg} to Alias for each {Alias, Msg}, and answers sync/1.
echo() ->
    spawn(fun Loop() ->
                  receive
                      {sync, From} -> From ! synced, Loop();
                      stop -> ok;
                      {To, Msg} -> To ! {echo, Msg}, Loop()
                  end
          end).

%% Returns once Pid has handled the messages sent to it before.
sync(Pid) ->
    Pid ! {sync, self()},
    receive synced -> ok end.

reason(F) ->
    try F() of V -> {returned, V} catch Class:Reason -> {Class, Reason} end.

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.
