import XCTest

/// Races in the process runtime: signals, links, monitors, the name registry and timers used
/// from several scheduler threads at once. Each program's expected output is what OTP 25's
/// escript printed for it (the guarantees checked are OTP's documented ones; anything
/// timing-dependent is reduced to a count that OTP guarantees). Meant to run under
/// ThreadSanitizer too: `swift test --sanitize=thread --filter ErlangRuntimeTests.RaceTests`.
final class RaceTests: XCTestCase {

    /// Racers for one name (exactly one wins; sends and whereis by that name meanwhile), and a name
    /// taken over for another process while its registered owner exits: the new owner keeps it.
    func testRegisterRacesAndNameTakeover() {
        let r = ErlangHarness.run("""
        -module(names).
        -export([main/1]).
        -mode(compile).
        main(_) ->
            Self = self(),
            W = [begin
                     Ps = [spawn(fun() -> receive go -> ok end,
                                          R = try register(race, self()) of true -> won catch error:badarg -> lost end,
                                          _ = (catch race ! hello),
                                          _ = whereis(race),
                                          Self ! {self(), R},
                                          receive stop -> ok end
                                 end) || _ <- lists:seq(1, 6)],
                     [P ! go || P <- Ps],
                     Rs = [receive {P, R} -> R end || P <- Ps],
                     Refs = [monitor(process, P) || P <- Ps],
                     [P ! stop || P <- Ps],
                     [receive {'DOWN', Ref, _, _, _} -> ok end || Ref <- Refs],
                     length([x || won <- Rs])
                 end || _ <- lists:seq(1, 200)],
            Keeper = spawn(fun() -> receive stop -> ok end end),
            Lost = lists:sum([begin
                        Old = spawn(fun() -> receive go -> ok end end),
                        true = register(taken, Old),
                        Ref = monitor(process, Old),
                        Old ! go,
                        erlang:yield(),
                        catch unregister(taken),
                        true = register(taken, Keeper),
                        receive {'DOWN', Ref, _, _, _} -> ok end,
                        Owner = whereis(taken),
                        catch unregister(taken),
                        case Owner of Keeper -> 0; _ -> 1 end
                    end || _ <- lists:seq(1, 1000)]),
            Keeper ! stop,
            io:format("~p ~p ~p~n", [lists:usort(W), Lost, registered() -- [Name || Name <- registered(), Name =/= race, Name =/= taken]]).
        """)
        XCTAssertEqual(r.stdout, "[1] 0 []\n", r.stderr)
        XCTAssertEqual(r.status, 0)
    }

    /// demonitor with flush or info as the target exits, and monitors of dead watchers: no stray
    /// 'DOWN', info true means no 'DOWN' comes, false means one does, and monitored_by shrinks
    /// when the watchers die.
    func testDemonitorAndMonitorCleanup() {
        let r = ErlangHarness.run("""
        -module(mons).
        -export([main/1]).
        -mode(compile).
        main(_) ->
            N = 500,
            Flush = [begin
                         P = spawn(fun() -> receive go -> exit(bye) end end),
                         Ref = monitor(process, P),
                         P ! go,
                         erlang:yield(),
                         true = demonitor(Ref, [flush]),
                         Ref
                     end || _ <- lists:seq(1, N)],
            Info = [begin
                        P = spawn(fun() -> receive go -> exit(bye) end end),
                        Ref = monitor(process, P),
                        P ! go,
                        erlang:yield(),
                        {demonitor(Ref, [info]), Ref}
                    end || _ <- lists:seq(1, N)],
            timer:sleep(50),
            Stray = length([R || R <- Flush, receive {'DOWN', R, _, _, _} -> true after 0 -> false end]),
            Bad = length([R || {Active, R} <- Info,
                               case Active of
                                   true -> receive {'DOWN', R, _, _, _} -> true after 0 -> false end;
                                   false -> receive {'DOWN', R, process, _, bye} -> false after 1000 -> true end
                               end]),
            {monitors, Ms} = process_info(self(), monitors),
            Server = spawn(fun() -> receive stop -> ok end end),
            Clients = [spawn(fun() -> monitor(process, Server), receive stop -> ok end end) || _ <- lists:seq(1, 100)],
            timer:sleep(50),
            {monitored_by, By1} = process_info(Server, monitored_by),
            CRefs = [monitor(process, C) || C <- Clients],
            [exit(C, kill) || C <- Clients],
            [receive {'DOWN', R, _, _, _} -> ok end || R <- CRefs],
            {monitored_by, By2} = process_info(Server, monitored_by),
            io:format("stray ~p bad ~p monitors ~p by ~p then ~p~n", [Stray, Bad, length(Ms), length(By1), length(By2)]).
        """)
        XCTAssertEqual(r.stdout, "stray 0 bad 0 monitors 0 by 100 then 0\n", r.stderr)
        XCTAssertEqual(r.status, 0)
    }

    /// The target exits on another scheduler while the caller demonitors 300 monitors of it with
    /// [flush, info]: once demonitor returns, no 'DOWN' for that ref may arrive.
    func testNoDownAfterDemonitorFlushWhileTargetExits() {
        let r = ErlangHarness.run("""
        -module(mons3).
        -export([main/1]).
        -mode(compile).
        main(_) ->
            Res = [one_round(I) || I <- lists:seq(1, 150)],
            io:format("stray ~p~n", [lists:sum([S || {S, _} <- Res])]).
        one_round(I) ->
            Self = self(),
            P = spawn(fun() -> Self ! ready, receive after 2 -> exit(bye) end end),
            Refs = [monitor(process, P) || _ <- lists:seq(1, 300)],
            receive ready -> ok end,
            T0 = erlang:monotonic_time(microsecond),
            spin_until(T0 + 1500 + (I rem 10) * 100),
            Active = length([x || R <- Refs, demonitor(R, [flush, info])]),
            receive after 5 -> ok end,
            {length([R || R <- Refs, receive {'DOWN', R, _, _, _} -> true after 0 -> false end]), Active}.
        spin_until(T) ->
            case erlang:monotonic_time(microsecond) >= T of true -> ok; false -> spin_until(T) end.
        """)
        XCTAssertEqual(r.stdout, "stray 0\n", r.stderr)
        XCTAssertEqual(r.status, 0)
    }

    /// Linked processes exit while the caller unlinks them: after unlink(B) returns (and an 'EXIT'
    /// already queued is flushed), no 'EXIT' from B may arrive.
    func testNoExitAfterUnlinkWhileLinkedProcessExits() {
        let r = ErlangHarness.run("""
        -module(unl).
        -export([main/1]).
        -mode(compile).
        %% After unlink(B) returns, no 'EXIT' from B may arrive later (OTP guarantee; one that arrived
        %% before the call may be in the queue already).
        main(_) ->
            process_flag(trap_exit, true),
            Late = lists:sum([one_round(I) || I <- lists:seq(1, 100)]),
            io:format("late ~p~n", [Late]).
        one_round(I) ->
            Me = self(),
            Bs = [spawn(fun() -> link(Me), Me ! {linked, self()}, receive after 2 -> exit(crash) end end) || _ <- lists:seq(1, 50)],
            [receive {linked, B} -> ok end || B <- Bs],
            T0 = erlang:monotonic_time(microsecond),
            spin_until(T0 + 1500 + (I rem 10) * 100),
            [begin unlink(B), receive {'EXIT', B, _} -> ok after 0 -> ok end end || B <- Bs],
            receive after 5 -> ok end,
            length([B || B <- Bs, receive {'EXIT', B, _} -> true after 0 -> false end]).
        spin_until(T) ->
            case erlang:monotonic_time(microsecond) >= T of true -> ok; false -> spin_until(T) end.
        """)
        XCTAssertEqual(r.stdout, "late 0\n", r.stderr)
        XCTAssertEqual(r.status, 0)
    }

    /// Links end when an exit signal comes through them and fired monitors are gone; link/1 to a
    /// process as it exits gives exactly one 'EXIT' (its reason or noproc).
    func testLinksAndMonitorsOfDeadProcessesAreRemoved() {
        let r = ErlangHarness.run("""
        -module(links).
        -export([main/1]).
        -mode(compile).
        %% A link ends when an exit signal comes through it: links and monitors of dead processes do
        %% not pile up (process_info shows none left), and link/1 to a process as it exits gives
        %% exactly one 'EXIT' (its reason or noproc).
        main(_) ->
            process_flag(trap_exit, true),
            {links, L0} = process_info(self(), links),
            Ps = [spawn_link(fun() -> receive go -> exit(bye) end end) || _ <- lists:seq(1, 500)],
            [P ! go || P <- Ps],
            [receive {'EXIT', P, bye} -> ok end || P <- Ps],
            Qs = [spawn(fun() -> receive go -> exit(bye) end end) || _ <- lists:seq(1, 500)],
            Exits = [begin Q ! go, erlang:yield(), true = link(Q), receive {'EXIT', Q, Why} -> Why end end || Q <- Qs],
            Ms = [spawn_monitor(fun() -> ok end) || _ <- lists:seq(1, 500)],
            [receive {'DOWN', R, process, P, normal} -> ok end || {P, R} <- Ms],
            timer:sleep(20),
            {links, L} = process_info(self(), links),
            {monitors, M} = process_info(self(), monitors),
            Extra = receive X -> X after 0 -> none end,
            io:format("~p ~p ~p ~p ~p~n", [length(Exits), lists:usort(Exits) -- [bye, noproc], length(L -- L0), length(M), Extra]).
        """)
        XCTAssertEqual(r.stdout, "500 [] 0 0 none\n", r.stderr)
        XCTAssertEqual(r.status, 0)
    }

    /// Messages sent to processes as they exit are dropped without harm; each answers once.
    func testSendToExitingProcesses() {
        let r = ErlangHarness.run("""
        -module(sendexit).
        -export([main/1]).
        -mode(compile).
        %% Messages sent to processes as they exit: each answers its first message only, the rest
        %% are dropped without harm.
        main(_) ->
            Self = self(),
            Ps = [spawn(fun() -> receive {M, From} -> From ! {reply, self(), M} end end) || _ <- lists:seq(1, 2000)],
            [begin P ! {first, Self}, P ! {second, Self}, P ! {third, Self} end || P <- Ps],
            Replies = [receive {reply, P, M} -> M end || P <- Ps],
            timer:sleep(20),
            Extra = receive X -> X after 0 -> none end,
            io:format("~p ~p~n", [lists:usort(Replies), Extra]).
        """)
        XCTAssertEqual(r.stdout, "[first] none\n", r.stderr)
        XCTAssertEqual(r.status, 0)
    }

    /// Eight processes kill the same 300 targets at once (spinning, waiting, exiting by themselves):
    /// each target dies exactly once.
    func testKillStorm() {
        let r = ErlangHarness.run("""
        -module(storm).
        -export([main/1]).
        -mode(compile).
        %% Many processes kill the same targets at once, while the targets spin, receive or exit by
        %% themselves; every target dies exactly once, and messages sent to the dying are dropped.
        main(_) ->
            Self = self(),
            TRs = [spawn_monitor(target(I)) || I <- lists:seq(1, 300)],
            {Targets, Refs} = lists:unzip(TRs),
            Killers = [spawn(fun() -> receive go -> [begin exit(T, kill), T ! hello end || T <- Targets], Self ! done end end)
                       || _ <- lists:seq(1, 8)],
            [K ! go || K <- Killers],
            [receive done -> ok end || _ <- Killers],
            Downs = [receive {'DOWN', R, process, _, Why} -> Why end || R <- Refs],
            timer:sleep(20),
            Extra = receive X -> X after 0 -> none end,
            io:format("~p ~p ~p~n", [length(Downs), lists:usort(Downs) -- [killed, normal], Extra]).
        target(I) ->
            case I rem 3 of
                0 -> fun Spin() -> Spin() end;
                1 -> fun() -> receive never -> ok end end;
                2 -> fun() -> receive after I rem 5 -> ok end end
            end.
        """)
        XCTAssertEqual(r.stdout, "300 [] none\n", r.stderr)
        XCTAssertEqual(r.status, 0)
    }

    /// Timers cancelled around their deadline from 1,000 processes, receive timeouts racing a
    /// message: a cancelled timer never delivers, a fired one always does, nothing is doubled.
    func testTimersCancelledWhileFiring() {
        let r = ErlangHarness.run("""
        -module(timers).
        -export([main/1]).
        -mode(compile).
        %% Timers cancelled around their deadline, from many processes at once, and receive timeouts
        %% racing messages: a cancelled timer never delivers, a fired one always does, and a message
        %% racing a timeout is received exactly once.
        main(_) ->
            Self = self(),
            Ps = [spawn(fun() -> Self ! {self(), worker(I)} end) || I <- lists:seq(1, 1000)],
            Rs = [receive {P, R} -> R end || P <- Ps],
            io:format("~p~n", [lists:usort(Rs)]).
        worker(I) ->
            Ref = case I rem 2 of
                      0 -> erlang:send_after(I rem 3, self(), {fired, I});
                      1 -> erlang:start_timer(I rem 3, self(), {fired, I})
                  end,
            receive after I rem 2 -> ok end,
            Msg = case I rem 2 of 0 -> {fired, I}; 1 -> {timeout, Ref, {fired, I}} end,
            A = case erlang:cancel_timer(Ref) of
                    false -> receive Msg -> ok after 2000 -> missing end;
                    Left when is_integer(Left) -> receive Msg -> delivered_after_cancel after 10 -> ok end
                end,
            Self = self(),
            spawn(fun() -> receive after I rem 3 -> Self ! {msg, I} end end),
            B = case receive {msg, I} -> got after I rem 4 -> timeout end of
                    got -> receive {msg, I} -> duplicate after 5 -> ok end;
                    timeout -> receive {msg, I} -> ok after 2000 -> missing end
                end,
            {A, B}.
        """)
        XCTAssertEqual(r.stdout, "[{ok,ok}]\n", r.stderr)
        XCTAssertEqual(r.status, 0)
    }

    /// process_info of a process that is changing its dictionary, mailbox and flags meanwhile,
    /// from two other processes that also set its group leader: no crash, every call answers.
    func testProcessInfoOfABusyProcess() {
        let r = ErlangHarness.run("""
        -module(pinfo).
        -export([main/1]).
        -mode(compile).
        %% process_info of processes that are busy changing what it reports (dictionary, mailbox,
        %% trap_exit, group leader) from other processes at the same time.
        main(_) ->
            Self = self(),
            Busy = spawn(fun() -> busy(0) end),
            Observers = [spawn(fun() -> Self ! {self(), observe(Busy, 1000, 0)} end) || _ <- lists:seq(1, 2)],
            Counts = [receive {O, C} -> C end || O <- Observers],
            Busy ! {stop, Self},
            receive {stopped, N} -> ok end,
            io:format("~p ~p~n", [Counts, N > 0]).
        busy(N) ->
            put({k, N rem 100}, N),
            erase({k, (N + 50) rem 100}),
            self() ! {m, N},
            process_flag(trap_exit, N rem 2 =:= 0),
            receive
                {stop, From} -> From ! {stopped, N};
                {m, _} -> busy(N + 1)
            end.
        observe(_, 0, Acc) -> Acc;
        observe(P, K, Acc) ->
            case process_info(P, [dictionary, messages, message_queue_len, trap_exit, links, monitors,
                                  current_function, reductions, status, memory]) of
                undefined -> Acc;
                L when is_list(L) ->
                    group_leader(self(), P),
                    observe(P, K - 1, Acc + 1)
            end.
        """)
        XCTAssertEqual(r.stdout, "[1000,1000] true\n", r.stderr)
        XCTAssertEqual(r.status, 0)
    }
}
