import XCTest

/// Processes on the real multi-scheduler runtime and in deterministic mode.
final class SchedulerTests: XCTestCase {
    func testPingPongAcrossSchedulers() {
        let r = ErlangHarness.run("""
        -module(pp).
        main(_) ->
            Pong = spawn(fun Loop() -> receive {ping, From, N} -> From ! {pong, N}, Loop(); stop -> ok end end),
            ping(Pong, 20000),
            Pong ! stop,
            io:format("done~n").
        ping(_, 0) -> ok;
        ping(P, N) -> P ! {ping, self(), N}, receive {pong, N} -> ping(P, N - 1) end.
        """)
        XCTAssertEqual(r.stdout, "done\n")
        XCTAssertEqual(r.status, 0)
    }

    func testManyProcessesAllReply() {
        let r = ErlangHarness.run("""
        -module(many).
        main(_) ->
            Self = self(),
            Pids = [spawn(fun() -> receive go -> Self ! {done, N} end end) || N <- lists:seq(1, 20000)],
            [P ! go || P <- Pids],
            Sum = collect(20000, 0),
            io:format("~p~n", [Sum]).
        collect(0, Acc) -> Acc;
        collect(K, Acc) -> receive {done, N} -> collect(K - 1, Acc + N) end.
        """)
        XCTAssertEqual(r.stdout, "200010000\n")
    }

    func testMessagesBetweenTwoProcessesArriveInOrder() {
        let r = ErlangHarness.run("""
        -module(order).
        main(_) ->
            Self = self(),
            spawn(fun() -> [Self ! {n, I} || I <- lists:seq(1, 50000)] end),
            check(1).
        check(50001) -> io:format("in order~n");
        check(I) -> receive {n, J} when J =:= I -> check(I + 1); {n, J} -> io:format("out of order ~p ~p~n", [I, J]) end.
        """)
        XCTAssertEqual(r.stdout, "in order\n")
    }

    func testSelectiveReceiveSkipsQueuedMessages() {
        let r = ErlangHarness.run("""
        -module(sel).
        main(_) ->
            [self() ! {noise, I} || I <- lists:seq(1, 100000)],
            self() ! wanted,
            receive wanted -> ok end,
            {message_queue_len, N} = process_info(self(), message_queue_len),
            receive {noise, First} -> io:format("~p ~p~n", [N, First]) end.
        """)
        XCTAssertEqual(r.stdout, "100000 1\n")
    }

    func testKillingLinkedProcesses() {
        let r = ErlangHarness.run("""
        -module(kill).
        main(_) ->
            process_flag(trap_exit, true),
            Self = self(),
            Hub = spawn(fun() ->
                [spawn_link(fun() -> receive never -> ok end end) || _ <- lists:seq(1, 10000)],
                Self ! ready,
                receive never -> ok end
            end),
            link(Hub),
            receive ready -> ok end,
            N0 = length(processes()),
            exit(Hub, kill),
            receive {'EXIT', Hub, Why} -> io:format("hub: ~p~n", [Why]) end,
            wait_gone(N0 - 10001, 200),
            io:format("all gone~n").
        wait_gone(_, 0) -> io:format("still alive: ~p~n", [length(processes())]);
        wait_gone(Target, K) ->
            case length(processes()) =< Target of
                true -> ok;
                false -> timer:sleep(10), wait_gone(Target, K - 1)
            end.
        """)
        XCTAssertEqual(r.stdout, "hub: killed\nall gone\n")
    }

    func testBusyLoopDoesNotStarveOthers() {
        let r = ErlangHarness.run("""
        -module(starve).
        main(_) ->
            spawn(fun Spin() -> Spin() end),
            spawn(fun Spin() -> Spin() end),
            spawn(fun Spin() -> Spin() end),
            Self = self(),
            T0 = erlang:monotonic_time(millisecond),
            spawn(fun() -> Self ! pong end),
            receive pong -> ok end,
            T1 = erlang:monotonic_time(millisecond),
            io:format("~p~n", [T1 - T0 < 500]).
        """, schedulers: 1)
        XCTAssertEqual(r.stdout, "true\n")
    }

    func testDeterministicModeUsesVirtualTime() {
        let src = """
        -module(virt).
        main(_) ->
            Self = self(),
            [spawn(fun() -> timer:sleep(T), Self ! {woke, T} end) || T <- [3000, 1000, 2000]],
            erlang:send_after(1500, self(), mid),
            L = [receive M -> M end || _ <- [1, 2, 3, 4]],
            io:format("~p~n", [L]).
        """
        let start = Date()
        let a = ErlangHarness.run(src, deterministic: true)
        let b = ErlangHarness.run(src, deterministic: true)
        XCTAssertEqual(a.stdout, "[{woke,1000},mid,{woke,2000},{woke,3000}]\n")
        XCTAssertEqual(a.stdout, b.stdout)
        XCTAssertLessThan(Date().timeIntervalSince(start), 2.5, "virtual time should not wait for real seconds")
    }

    func testMonitorsAndTrapExit() {
        let r = ErlangHarness.run("""
        -module(mon).
        main(_) ->
            {Pid, Ref} = spawn_monitor(fun() -> exit(boom) end),
            receive {'DOWN', Ref, process, Pid, R} -> io:format("down ~p~n", [R]) end,
            process_flag(trap_exit, true),
            P2 = spawn_link(fun() -> error(oops) end),
            receive {'EXIT', P2, {oops, _}} -> io:format("trapped~n") end,
            Ref3 = monitor(process, P2),
            receive {'DOWN', Ref3, process, P2, noproc} -> io:format("noproc~n") end.
        """)
        XCTAssertEqual(r.stdout, "down boom\ntrapped\nnoproc\n")
    }

    func testCrashInOneProcessDoesNotStopTheVM() {
        let r = ErlangHarness.run("""
        -module(crash).
        main(_) ->
            spawn(fun() -> 1 = 2 end),
            timer:sleep(50),
            io:format("still here~n").
        """)
        XCTAssertEqual(r.stdout, "still here\n")
        XCTAssertTrue(r.stderr.contains("Error in process"), r.stderr)
        XCTAssertTrue(r.stderr.contains("{badmatch,2}"), r.stderr)
    }
}
