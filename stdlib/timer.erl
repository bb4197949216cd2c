%% timer: written from the OTP 25 documentation.
%%
%% tc/1,2,3, sleep/1 and the unit conversions are plain Erlang. The timers
%% (send_after, apply_after, intervals, exit_after) need no timer server:
%% send_after/3 is erlang:send_after/3, and every other timer is a small
%% process that waits in receive and is told to stop by cancel/1.
%%
%% Deviation from OTP: a timer reference is {once, Pid} or {interval, Pid}
%% (OTP: {once, Ref}); send_after gives {send_local, Ref} as OTP does.
%% References are opaque in the documentation either way.
-module(timer).

-export([apply_after/4, apply_interval/4, cancel/1, exit_after/2,
         exit_after/3, hms/3, hours/1, kill_after/1, kill_after/2,
         minutes/1, now_diff/2, seconds/1, send_after/2, send_after/3,
         send_interval/2, send_interval/3, sleep/1, start/0, tc/1, tc/2,
         tc/3]).

%% ---------------------------------------------------------------------
%% Measuring and waiting

%% {Microseconds, Value} of calling the fun or function. (The -file lines
%% give the frames OTP 25's line numbers, as in lists.erl.)
-file("timer.erl", 232).
tc(F) ->
    T0 = erlang:monotonic_time(),
    Value = F(),
    {elapsed_us(T0), Value}.

-file("timer.erl", 247).
tc(F, Args) ->
    T0 = erlang:monotonic_time(),
    Value = apply(F, Args),
    {elapsed_us(T0), Value}.

-file("timer.erl", 263).
tc(M, F, Args) ->
    T0 = erlang:monotonic_time(),
    Value = apply(M, F, Args),
    {elapsed_us(T0), Value}.

elapsed_us(T0) ->
    erlang:convert_time_unit(erlang:monotonic_time() - T0, native, microsecond).

%% A receive timeout is at most 16#ffffffff ms; longer sleeps are done in
%% pieces. A bad time fails in the receive with timeout_value, as in OTP.
%% (One line, so the frame has OTP's line number whether the line of the
%% function or that of the receive is reported.)
-file("timer.erl", 218).
sleep(T) -> receive after piece(T) -> sleep_rest(T) end.

piece(T) when is_integer(T), T > 16#ffffffff -> 16#ffffffff;
piece(T) -> T.

sleep_rest(T) when is_integer(T), T > 16#ffffffff -> sleep(T - 16#ffffffff);
sleep_rest(_T) -> ok.

%% Microseconds between two erlang:timestamp() / erlang:now() tuples.
now_diff({Mega2, Sec2, Micro2}, {Mega1, Sec1, Micro1}) ->
    ((Mega2 - Mega1) * 1000000 + Sec2 - Sec1) * 1000000 + Micro2 - Micro1.

%% ---------------------------------------------------------------------
%% Units: times in milliseconds.

-file("timer.erl", 288).
seconds(S) -> S * 1000.

-file("timer.erl", 294).
minutes(M) -> M * 60000.

-file("timer.erl", 300).
hours(H) -> H * 3600000.

-file("timer.erl", 308).
hms(H, M, S) -> hours(H) + minutes(M) + seconds(S).

%% ---------------------------------------------------------------------
%% Timers

%% There is no timer server to start.
start() -> ok.

send_after(Time, Message) ->
    send_after(Time, self(), Message).

send_after(Time, Pid, Message) when is_integer(Time), Time >= 0, is_pid(Pid) ->
    {ok, {send_local, erlang:send_after(Time, Pid, Message)}};
send_after(Time, Dest, Message) when is_integer(Time), Time >= 0, is_atom(Dest) ->
    {ok, {send_local, erlang:send_after(Time, Dest, Message)}};
send_after(Time, {Name, Node} = Dest, Message) when is_integer(Time), Time >= 0,
                                                   is_atom(Name), is_atom(Node) ->
    once(Time, fun() -> Dest ! Message end);
send_after(_Time, _Dest, _Message) ->
    {error, badarg}.

apply_after(Time, M, F, Args) when is_integer(Time), Time >= 0,
                                   is_atom(M), is_atom(F), is_list(Args) ->
    once(Time, fun() -> apply(M, F, Args) end);
apply_after(_Time, _M, _F, _Args) ->
    {error, badarg}.

exit_after(Time, Reason) ->
    exit_after(Time, self(), Reason).

exit_after(Time, Target, Reason) when is_integer(Time), Time >= 0,
                                      (is_pid(Target) orelse is_atom(Target)) ->
    once(Time, fun() -> exit_target(Target, Reason) end);
exit_after(_Time, _Target, _Reason) ->
    {error, badarg}.

kill_after(Time) -> exit_after(Time, self(), kill).

kill_after(Time, Target) -> exit_after(Time, Target, kill).

send_interval(Time, Message) ->
    send_interval(Time, self(), Message).

send_interval(Time, Dest, Message) when is_integer(Time), Time >= 0,
                                        (is_pid(Dest) orelse is_atom(Dest)) ->
    interval(Time, Dest, fun() -> Dest ! Message end);
send_interval(_Time, _Dest, _Message) ->
    {error, badarg}.

apply_interval(Time, M, F, Args) when is_integer(Time), Time >= 0,
                                      is_atom(M), is_atom(F), is_list(Args) ->
    interval(Time, self(), fun() -> spawn(M, F, Args) end);
apply_interval(_Time, _M, _F, _Args) ->
    {error, badarg}.

cancel({send_local, Ref}) when is_reference(Ref) ->
    _ = erlang:cancel_timer(Ref),
    {ok, cancel};
cancel({Kind, Pid}) when (Kind =:= once orelse Kind =:= interval), is_pid(Pid) ->
    Pid ! {cancel, timer},
    {ok, cancel};
cancel(_) ->
    {error, badarg}.

%% ---------------------------------------------------------------------
%% Timer processes

%% Runs Action once after Time ms unless cancelled first.
once(Time, Action) ->
    Pid = spawn(fun() ->
                        receive
                            {cancel, timer} -> ok
                        after Time -> Action()
                        end
                end),
    {ok, {once, Pid}}.

%% Runs Action every Time ms until cancelled, or until the process Watched
%% exits: the destination of send_interval (when it is a pid, as OTP links
%% the timer to it) or the caller of apply_interval.
interval(Time, Watched, Action) ->
    Pid = spawn(fun() ->
                        _ = case is_pid(Watched) of
                                true -> erlang:monitor(process, Watched);
                                false -> none
                            end,
                        interval_loop(Time, erlang:monotonic_time(millisecond) + Time, Action)
                end),
    {ok, {interval, Pid}}.

%% Next is the absolute time of the next tick, so ticks do not drift.
interval_loop(Time, Next, Action) ->
    Wait = max(0, Next - erlang:monotonic_time(millisecond)),
    receive
        {cancel, timer} -> ok;
        {'DOWN', _, process, _, _} -> ok
    after Wait ->
        Action(),
        interval_loop(Time, Next + Time, Action)
    end.

%% A name that is not registered (any more) is not an error.
exit_target(Name, Reason) when is_atom(Name) ->
    case whereis(Name) of
        undefined -> ok;
        Pid -> exit(Pid, Reason)
    end;
exit_target(Pid, Reason) ->
    exit(Pid, Reason).
