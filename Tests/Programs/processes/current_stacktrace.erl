-module(current_stacktrace).
-export([main/1]).
-mode(compile).

%% process_info(Pid, current_stacktrace) of processes blocked in receive: the function that
%% waits, then the calls it will return to (a run of recursive callers shows once, as in
%% OTP's stack traces); frames print without the module, which escript renames. A waiting
%% process is located at the line of the last call before its receive, or at the line of
%% its function's first clause.
main(_) ->
    Nested = spawn(fun() -> {done, _} = outer(3) end),
    Sleeper = spawn(fun() -> timer:sleep(infinity) end),
    Plain = spawn(fun() -> receive stop -> ok end end),
    AfterCall = spawn(fun after_call/0),
    [wait_until_waiting(P) || P <- [Nested, Sleeper, Plain, AfterCall]],
    show(process_info(Nested, current_stacktrace)),
    show(process_info(Sleeper, current_stacktrace)),
    show(process_info(Plain, current_stacktrace)),
    show(process_info(AfterCall, current_stacktrace)),
    [{current_function, {_, F, A}}, {current_stacktrace, Stack}, {status, S}] =
        process_info(Nested, [current_function, current_stacktrace, status]),
    io:format("~p/~p ~p ~p~n", [F, A, length(Stack), S]),
    {current_location, {_, LF, LA, Loc}} = process_info(Plain, current_location),
    io:format("location ~p/~p ~p~n", [LF, LA, Loc]),
    {current_stacktrace, [{_, main, 1, MainLoc} | _]} = process_info(self(), current_stacktrace),
    io:format("self ~p~n", [MainLoc]),
    Ref = monitor(process, Plain),
    Plain ! stop,
    receive {'DOWN', Ref, process, Plain, normal} -> ok end,
    io:format("~p~n", [process_info(Plain, current_stacktrace)]),
    recursion_in_exception_stacktrace().

outer(0) ->
    R = inner(),
    {R, 0};
outer(N) ->
    {R, M} = outer(N - 1),
    {R, M + 1}.

inner() ->
    receive Msg -> Msg end.

after_call() ->
    Self = self(),
    io:format("", []),
    receive
        {Self, X} ->
            io:format("~p~n", [X])
    after 60000 ->
        io:format("timeout~n")
    end.

wait_until_waiting(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> timer:sleep(1), wait_until_waiting(P)
    end.

show({current_stacktrace, Frames}) ->
    io:format("~p~n", [[{F, A, Loc} || {_, F, A, Loc} <- Frames]]).

%% The same holds for the stack trace of an exception.
recursion_in_exception_stacktrace() ->
    Fail = fun() -> case get(value) of undefined -> error(no_value); V -> V end end,
    try recurse(5, Fail)
    catch error:no_value:Stack ->
        show({current_stacktrace, lists:sublist(Stack, 4)})
    end.

recurse(0, F) ->
    X = F(),
    {X};
recurse(N, F) ->
    X = recurse(N - 1, F),
    {X}.
