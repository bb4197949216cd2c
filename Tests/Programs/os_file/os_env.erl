%% os: environment variables, clocks, identity, executables and os:cmd
%% (output, exit status ignored, stderr merged, max_size, bad arguments, and
%% other processes running while a command runs).
-module(os_env).
-mode(compile).
-export([main/1]).

r(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    io:format("~p~n", [is_list(os:getenv("PATH"))]),
    io:format("~p~n", [os:getenv("SWERL_OS_ENV_UNSET")]),
    io:format("~p~n", [os:getenv("SWERL_OS_ENV_UNSET", default)]),
    io:format("~p~n", [os:putenv("SWERL_OS_ENV_X", "v1")]),
    io:format("~p~n", [os:getenv("SWERL_OS_ENV_X")]),
    io:format("~p~n", [os:getenv("SWERL_OS_ENV_X", default)]),
    io:format("~p~n", [lists:member("SWERL_OS_ENV_X=v1", os:getenv())]),
    io:format("~p~n", [os:cmd("echo $SWERL_OS_ENV_X")]),
    io:format("~p~n", [os:putenv("SWERL_OS_ENV_X", "")]),
    io:format("~p~n", [os:getenv("SWERL_OS_ENV_X")]),
    io:format("~p~n", [os:unsetenv("SWERL_OS_ENV_X")]),
    io:format("~p~n", [os:getenv("SWERL_OS_ENV_X")]),
    io:format("~p~n", [os:unsetenv("SWERL_OS_ENV_X")]),
    io:format("~p~n", [r(fun() -> os:getenv(foo) end)]),
    io:format("~p~n", [r(fun() -> os:getenv(<<"PATH">>) end)]),
    io:format("~p~n", [r(fun() -> os:putenv(foo, "x") end)]),
    io:format("~p~n", [r(fun() -> os:putenv("A=B", "x") end)]),
    io:format("~p~n", [r(fun() -> os:putenv("A", x) end)]),
    io:format("~p~n", [r(fun() -> os:unsetenv(1) end)]),
    %% clocks
    {Mega, Sec, Micro} = os:timestamp(),
    io:format("~p~n", [[is_integer(X) andalso X >= 0 || X <- [Mega, Sec, Micro]]]),
    io:format("~p~n", [Micro < 1000000 andalso Sec < 1000000]),
    T1 = os:system_time(), T2 = os:system_time(second),
    io:format("~p~n", [abs(T1 div 1000000000 - T2) =< 1]),
    io:format("~p~n", [abs(os:system_time(millisecond) div 1000 - T2) =< 1]),
    P1 = os:perf_counter(), P2 = os:perf_counter(),
    io:format("~p~n", [is_integer(P1) andalso P2 >= P1]),
    io:format("~p~n", [os:perf_counter(1000) =< os:perf_counter(millisecond) + 1]),
    io:format("~p~n", [r(fun() -> os:system_time(foo) end)]),
    io:format("~p~n", [r(fun() -> os:perf_counter(0) end)]),
    %% identity
    io:format("~p~n", [os:type()]),
    {Maj, Min, Rel} = os:version(),
    io:format("~p~n", [is_integer(Maj) andalso is_integer(Min) andalso is_integer(Rel)]),
    Pid = os:getpid(),
    io:format("~p~n", [is_list(Pid) andalso Pid =/= [] andalso lists:all(fun(C) -> C >= $0 andalso C =< $9 end, Pid)]),
    %% executables
    Sh = os:find_executable("sh"),
    io:format("~p~n", [is_list(Sh) andalso lists:suffix("/sh", Sh) andalso hd(Sh) =:= $/]),
    io:format("~p~n", [os:find_executable("swerl_no_such_program_xyz")]),
    io:format("~p~n", [os:find_executable("sh", "/swerl_nonexistent_dir")]),
    io:format("~p~n", [os:find_executable("sh", "/swerl_nonexistent_dir:/bin")]),
    %% os:cmd
    io:format("~p~n", [os:cmd("echo hello; echo world")]),
    io:format("~p~n", [os:cmd("printf 'no newline'")]),
    io:format("~p~n", [os:cmd("exit 3")]),
    io:format("~p~n", [os:cmd("echo out; echo err 1>&2")]),
    io:format("~p~n", [os:cmd('echo atom command')]),
    io:format("~p~n", [os:cmd("printf '\\316\\273\\n'")]),
    io:format("~p~n", [os:cmd("echo " ++ [955])]),
    io:format("~p~n", [os:cmd("printf '\\377\\n'")]),
    io:format("~p~n", [os:cmd("read x; echo \"got:$x\"")]),
    io:format("~p~n", [os:cmd("echo abcdef", #{max_size => 3})]),
    io:format("~p~n", [os:cmd("echo abcdef", #{max_size => infinity})]),
    io:format("~p~n", [os:cmd("echo abc", #{})]),
    io:format("~p~n", [length(os:cmd("seq 1 20000"))]),
    io:format("~p~n", [r(fun() -> os:cmd(<<"echo hi">>) end)]),
    io:format("~p~n", [r(fun() -> os:cmd(42) end)]),
    io:format("~p~n", [r(fun() -> os:cmd("echo", #{max_size => -1})end)]),
    io:format("~p~n", [r(fun() -> os:cmd("echo", [])end)]),
    %% a command that takes a while does not stop other processes
    Self = self(),
    Counter = spawn(fun() -> count(Self, 0) end),
    Out = os:cmd("sleep 0.3; echo slept"),
    Counter ! stop,
    receive {count, N} -> io:format("~p ~p~n", [Out, N > 0]) end,
    ok.

count(Parent, N) ->
    receive stop -> Parent ! {count, N}
    after 10 -> count(Parent, N + 1)
    end.
