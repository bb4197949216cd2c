-module(gen_server_late_reply).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).

%% A call that times out deactivates the alias its reply is addressed to: the reply that
%% comes later is dropped, not left in the caller's mailbox (OTP 25's gen:call).
main(_) ->
    {ok, Server} = gen_server:start(?MODULE, [], []),
    try gen_server:call(Server, {slow, 100}, 10)
    catch exit:Reason:Stack ->
        io:format("~p~n~p~n", [Reason, hd(Stack)])
    end,
    %% The server handles calls in order: once this one returns, it has sent the late reply.
    fast = gen_server:call(Server, fast),
    io:format("~p~n", [process_info(self(), messages)]),
    %% The same for send_request/2 when receive_response/2 gives up ...
    Req = gen_server:send_request(Server, {slow, 100}),
    io:format("~p~n", [gen_server:receive_response(Req, 10)]),
    fast = gen_server:call(Server, fast),
    io:format("~p~n", [process_info(self(), messages)]),
    %% ... but wait_response/2 may wait again.
    Req2 = gen_server:send_request(Server, {slow, 100}),
    io:format("~p~n", [gen_server:wait_response(Req2, 10)]),
    io:format("~p~n", [gen_server:wait_response(Req2, infinity)]),
    %% Calls that get their reply in time leave nothing behind either.
    [fast = gen_server:call(Server, fast, 1000) || _ <- lists:seq(1, 3)],
    io:format("~p~n", [process_info(self(), messages)]),
    ok = gen_server:stop(Server),
    try gen_server:call(Server, fast, 100)
    catch exit:Reason2:Stack2 ->
        io:format("~p~n~p~n", [Reason2, hd(Stack2)])
    end.

init([]) -> {ok, no_state}.

handle_call({slow, Ms}, _From, State) ->
    timer:sleep(Ms),
    {reply, late, State};
handle_call(fast, _From, State) ->
    {reply, fast, State}.

handle_cast(_Msg, State) -> {noreply, State}.
