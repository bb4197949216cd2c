%% EUnit's test runner, written for swerl: eunit:test/1,2 run a test set given in
%% EUnit's representation and print OTP's summary ("All N tests passed.", failures,
%% "Failed: F.  Skipped: S.  Passed: P."). Differences from OTP: tests run one at a time,
%% each in its own process, and their output is not captured (it goes to standard
%% output as it is printed); a failure's trace shows swerl's frames.
-module(eunit).
-export([test/1, test/2]).

-record(counts, {pass = 0, fail = 0, skip = 0, cancel = 0}).

%% Settings of one run: verbose output, group nesting (for indentation), the timeout of
%% the tests in scope (seconds).
-record(ctx, {verbose = false, depth = 0, timeout = 5}).

test(Tests) ->
    test(Tests, []).

test(Tests, Options) ->
    Verbose = lists:member(verbose, Options),
    Verbose andalso io:put_chars("======================== EUnit ========================\n"),
    Counts = run(Tests, undefined, #ctx{verbose = Verbose}, #counts{}),
    summary(Counts, Verbose).

summary(#counts{pass = 0, fail = 0, skip = 0, cancel = 0}, _Verbose) ->
    io:put_chars("  There were no tests to run.\n"),
    ok;
summary(#counts{pass = P, fail = 0, skip = 0, cancel = 0}, Verbose) ->
    Verbose andalso separator(),
    case P of
        1 -> io:put_chars("  Test passed.\n");
        2 -> io:put_chars("  2 tests passed.\n");
        _ -> io:format("  All ~w tests passed.~n", [P])
    end,
    ok;
summary(#counts{pass = P, fail = F, skip = S, cancel = C}, _Verbose) ->
    separator(),
    io:format("  Failed: ~w.  Skipped: ~w.  Passed: ~w.~n", [F, S, P]),
    C > 0 andalso io:put_chars("One or more tests were cancelled.\n"),
    error.

separator() ->
    io:put_chars("=======================================================\n").

%% run(Tests, Description, Ctx, Counts): the description applies to the next test or group.
run([], _Desc, _Ctx, Counts) ->
    Counts;
run([_ | _] = Ts, Desc, Ctx, Counts) when Desc =/= undefined ->
    group(Desc, Ctx, Counts, fun (C, Cs) -> run(Ts, undefined, C, Cs) end);
run([T | Ts], undefined, Ctx, Counts) ->
    run(Ts, undefined, Ctx, run(T, undefined, Ctx, Counts));
run(F, Desc, Ctx, Counts) when is_function(F, 0) ->
    run_test(F, fun_id(F, 0), Desc, Ctx, Counts);
run({Line, F}, Desc, Ctx, Counts) when is_integer(Line), is_function(F, 0) ->
    run_test(F, fun_id(F, Line), Desc, Ctx, Counts);
run({test, M, F}, Desc, Ctx, Counts) when is_atom(M), is_atom(F) ->
    run({M, F}, Desc, Ctx, Counts);
run({generator, F}, Desc, Ctx, Counts) when is_function(F, 0) ->
    generate(F, io_lib:format("~tw:'~ts'/0", fun_name(F)), Desc, Ctx, Counts);
run({generator, M, F}, Desc, Ctx, Counts) when is_atom(M), is_atom(F) ->
    generate(fun () -> M:F() end, io_lib:format("~tw:~tw/0", [M, F]), Desc, Ctx, Counts);
run({module, M}, Desc, Ctx, Counts) when is_atom(M) ->
    run_module(M, Desc, Ctx, Counts);
run({M, F}, Desc, Ctx, Counts) when is_atom(M), is_atom(F) ->
    run_test(fun () -> M:F() end, io_lib:format("~tw: ~tw", [M, F]), Desc, Ctx, Counts);
run({spawn, T}, Desc, Ctx, Counts) ->
    run(T, Desc, Ctx, Counts);
run({timeout, Seconds, T}, Desc, Ctx, Counts) when is_number(Seconds) ->
    run(T, Desc, Ctx#ctx{timeout = Seconds}, Counts);
run({inorder, T}, Desc, Ctx, Counts) ->
    run(T, Desc, Ctx, Counts);
run({inparallel, T}, Desc, Ctx, Counts) ->
    run(T, Desc, Ctx, Counts);
run({inparallel, N, T}, Desc, Ctx, Counts) when is_integer(N) ->
    run(T, Desc, Ctx, Counts);
run({setup, Setup, Instantiate}, Desc, Ctx, Counts) ->
    run({setup, spawn, Setup, fun (_) -> ok end, Instantiate}, Desc, Ctx, Counts);
run({setup, Setup, Cleanup, Instantiate}, Desc, Ctx, Counts) ->
    run({setup, spawn, Setup, Cleanup, Instantiate}, Desc, Ctx, Counts);
run({setup, _Where, Setup, Cleanup, Instantiate}, Desc, Ctx, Counts) ->
    with_setup(fun () -> Setup() end, fun (R) -> Cleanup(R) end,
               fun (R) -> instantiate(Instantiate, R) end, Desc, Ctx, Counts);
run({foreach, Setup, Instantiators}, Desc, Ctx, Counts) ->
    run({foreach, spawn, Setup, fun (_) -> ok end, Instantiators}, Desc, Ctx, Counts);
run({foreach, Setup, Cleanup, Instantiators}, Desc, Ctx, Counts) ->
    run({foreach, spawn, Setup, Cleanup, Instantiators}, Desc, Ctx, Counts);
run({foreach, Where, Setup, Cleanup, Instantiators}, Desc, Ctx, Counts) when is_list(Instantiators) ->
    group(Desc, Ctx, Counts, fun (C, Cs) ->
        lists:foldl(fun (I, Acc) -> run({setup, Where, Setup, Cleanup, I}, undefined, C, Acc) end,
                    Cs, Instantiators)
    end);
run({foreachx, Setup, Pairs}, Desc, Ctx, Counts) ->
    run({foreachx, spawn, Setup, fun (_, _) -> ok end, Pairs}, Desc, Ctx, Counts);
run({foreachx, Setup, Cleanup, Pairs}, Desc, Ctx, Counts) ->
    run({foreachx, spawn, Setup, Cleanup, Pairs}, Desc, Ctx, Counts);
run({foreachx, _Where, Setup, Cleanup, Pairs}, Desc, Ctx, Counts) when is_list(Pairs) ->
    group(Desc, Ctx, Counts, fun (C, Cs) ->
        lists:foldl(fun ({X, F}, Acc) ->
                            with_setup(fun () -> Setup(X) end, fun (R) -> Cleanup(X, R) end,
                                       fun (R) -> F(X, R) end, undefined, C, Acc)
                    end, Cs, Pairs)
    end);
run({with, X, Fs}, Desc, Ctx, Counts) when is_list(Fs) ->
    run([fun () -> F(X) end || F <- Fs], Desc, Ctx, Counts);
run({Title, T}, _Desc, Ctx, Counts) when is_binary(Title) ->
    run(T, unicode:characters_to_list(Title), Ctx, Counts);
run({Title, T}, Desc, Ctx, Counts) when is_list(Title) ->
    case io_lib:printable_unicode_list(Title) of
        true -> run(T, Title, Ctx, Counts);
        false -> bad_test({Title, T}, Desc, Ctx, Counts)
    end;
run(M, Desc, Ctx, Counts) when is_atom(M) ->
    run_module(M, Desc, Ctx, Counts);
run(Other, Desc, Ctx, Counts) ->
    bad_test(Other, Desc, Ctx, Counts).

%% A group: a list of tests under a description (printed as a heading when verbose).
group(undefined, Ctx, Counts, Body) ->
    Body(Ctx, Counts);
group(Desc, #ctx{verbose = true, depth = D} = Ctx, Counts, Body) ->
    io:format("~ts~ts~n", [indent(D), Desc]),
    T0 = erlang:monotonic_time(millisecond),
    Result = Body(Ctx#ctx{depth = D + 1}, Counts),
    T1 = erlang:monotonic_time(millisecond),
    io:format("~ts[done in ~.3f s]~n", [indent(D + 1), (T1 - T0) / 1000]),
    Result;
group(_Desc, Ctx, Counts, Body) ->
    Body(Ctx, Counts).

run_module(M, Desc, Ctx, Counts) ->
    case catch M:module_info(exports) of
        Exports when is_list(Exports) ->
            Tests = [test_of(M, F) || {F, 0} <- Exports, is_test_name(atom_to_list(F))],
            Title = case Desc of undefined -> io_lib:format("module '~tw'", [M]); _ -> Desc end,
            group(Title, Ctx, Counts, fun (C, Cs) -> run(Tests, undefined, C, Cs) end);
        _ ->
            cancel("test module not found", io_lib:format("**~tw~n", [M]), Desc, Counts)
    end.

is_test_name(Name) ->
    lists:suffix("_test", Name) orelse lists:suffix("_test_", Name).

test_of(M, F) ->
    case lists:suffix("_test_", atom_to_list(F)) of
        true -> {generator, M, F};
        false -> {M, F}
    end.

generate(F, Name, Desc, Ctx, Counts) ->
    try F() of
        Tests -> group(Desc, Ctx, Counts, fun (C, Cs) -> run(Tests, undefined, C, Cs) end)
    catch
        Class:Reason:Stack ->
            cancel(io_lib:format("test generator ~ts failed", [Name]),
                   crash_details(Class, Reason, Stack),
                   Desc, Counts)
    end.

with_setup(Setup, Cleanup, Instantiate, Desc, Ctx, Counts) ->
    try Setup() of
        R ->
            Result = try Instantiate(R) of
                         Tests -> group(Desc, Ctx, Counts, fun (C, Cs) -> run(Tests, undefined, C, Cs) end)
                     catch
                         Class:Reason:Stack ->
                             cancel("context setup failed",
                                    crash_details(Class, Reason, Stack),
                                    Desc, Counts)
                     end,
            _ = (catch Cleanup(R)),
            Result
    catch
        Class:Reason:Stack ->
            cancel("context setup failed",
                   crash_details(Class, Reason, Stack),
                   Desc, Counts)
    end.

instantiate(I, R) when is_function(I, 1) -> I(R);
instantiate({with, Fs}, R) when is_list(Fs) -> [fun () -> F(R) end || F <- Fs];
instantiate(Tests, _R) -> Tests.

%% What a cancellation prints of the exception that caused it.
crash_details(Class, Reason, Stack) ->
    ["**", trace(Stack), io_lib:format("**~tw:~ts~n~n", [Class, term(Reason)])].

bad_test(T, Desc, _Ctx, Counts) ->
    cancel("bad test descriptor", io_lib:format("**~tw~n", [T]), Desc, Counts).

cancel(Message, Details, Desc, Counts) ->
    io:format("~tw~n*** ~ts ***~n~ts~n", [desc_term(Desc), Message, Details]),
    Counts#counts{cancel = Counts#counts.cancel + 1}.

desc_term(undefined) -> undefined;
desc_term(Desc) -> list_to_binary(Desc).

%% One test, run in its own process so that it cannot disturb the runner.
run_test(F, Id, Desc, #ctx{verbose = Verbose, depth = D, timeout = Timeout}, Counts) ->
    Label = case Desc of undefined -> Id; _ -> [Id, " (", Desc, ")"] end,
    Verbose andalso io:format("~ts~ts...", [indent(D), Label]),
    Runner = self(),
    {Pid, Ref} = spawn_monitor(fun () ->
        Result = try F() of _ -> ok catch Class:Reason:Stack -> {error, Class, Reason, Stack} end,
        Runner ! {self(), Result}
    end),
    receive
        {Pid, ok} ->
            erlang:demonitor(Ref, [flush]),
            Verbose andalso io:put_chars("ok\n"),
            Counts#counts{pass = Counts#counts.pass + 1};
        {Pid, {error, Class, Reason, Stack}} ->
            erlang:demonitor(Ref, [flush]),
            Verbose orelse io:format("~ts...", [Label]),
            io:format("*failed*~n~ts**~tw:~ts~n  output:<<\"\">>~n~n",
                      [trace(Stack), Class, term(Reason)]),
            Counts#counts{fail = Counts#counts.fail + 1};
        {'DOWN', Ref, process, Pid, Why} ->
            Verbose orelse io:format("~ts...", [Label]),
            io:format("*failed*~n**exit:~ts~n  output:<<\"\">>~n~n", [term(Why)]),
            Counts#counts{fail = Counts#counts.fail + 1}
    after round(Timeout * 1000) ->
        exit(Pid, kill),
        erlang:demonitor(Ref, [flush]),
        Verbose orelse io:format("~ts...", [Label]),
        io:put_chars("*timed out*\n"),
        Counts#counts{cancel = Counts#counts.cancel + 1}
    end.

%% "Module:Line: Name" for a fun test (no line part when the line is 0).
fun_id(F, Line) ->
    [M, Name] = fun_name(F),
    case Line of
        0 -> io_lib:format("~tw: ~ts", [M, Name]);
        _ -> io_lib:format("~tw:~w: ~ts", [M, Line, Name])
    end.

fun_name(F) ->
    {module, M} = erlang:fun_info(F, module),
    {name, N} = erlang:fun_info(F, name),
    [M, atom_to_list(N)].

indent(D) -> lists:duplicate(2 * D, $\s).

term(T) -> io_lib:format("~tp", [T]).

%% A failure's stack trace, without the runner's own frames.
trace(Stack) ->
    Frames = [Fr || {M, _, _, _} = Fr <- Stack, M =/= eunit],
    case Frames of
        [] -> "";
        [First | Rest] -> [frame("in function ", First) | [frame("in call from ", Fr) || Fr <- Rest]]
    end.

frame(Prefix, {M, F, A, Loc}) ->
    Arity = case is_list(A) of true -> length(A); false -> A end,
    Where = case {proplists:get_value(file, Loc), proplists:get_value(line, Loc)} of
                {undefined, _} -> "";
                {File, undefined} -> io_lib:format(" (~ts)", [File]);
                {File, Line} -> io_lib:format(" (~ts, line ~w)", [File, Line])
            end,
    io_lib:format("~ts~tw:~tw/~w~ts~n", [Prefix, M, F, Arity, Where]).
