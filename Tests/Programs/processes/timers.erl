-module(timers).
-export([main/1]).
-mode(compile).

main(_) ->
    erlang:send_after(300, self(), late),
    erlang:send_after(100, self(), early),
    erlang:send_after(0, self(), immediate),
    Ref = erlang:start_timer(200, self(), middle),
    [receive M -> io:format("~p~n", [strip(M, Ref)]) end || _ <- [1, 2, 3, 4]],
    T = erlang:send_after(100, self(), cancelled),
    Left = erlang:cancel_timer(T),
    io:format("cancel returned integer: ~p~n", [is_integer(Left)]),
    receive cancelled -> io:format("should not arrive~n") after 200 -> io:format("cancelled ok~n") end,
    io:format("~p~n", [erlang:cancel_timer(T)]),
    Before = erlang:monotonic_time(millisecond),
    timer:sleep(100),
    Elapsed = erlang:monotonic_time(millisecond) - Before,
    io:format("slept long enough: ~p~n", [Elapsed >= 100]),
    {ok, _} = timer:send_after(50, self(), via_timer_module),
    receive via_timer_module -> io:format("timer module ok~n") end.

strip({timeout, Ref, Msg}, Ref) -> {timeout, ref, Msg};
strip(M, _) -> M.
