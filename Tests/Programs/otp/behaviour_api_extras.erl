-module(behaviour_api_extras).
-export([main/1, init/1, handle_call/3, handle_cast/2, callback_mode/0, ready/3]).
-mode(compile).

%% gen_server:multi_call, gen_statem's asynchronous requests,
%% supervisor:get_callback_module/1 and the behaviours' behaviour_info/1.

init(sup) -> {ok, {#{}, []}};
init(statem) -> {ok, ready, 0};
init(server) -> {ok, 0}.

handle_call(Req, _From, N) -> {reply, {N, Req}, N + 1}.
handle_cast(_, N) -> {noreply, N}.

callback_mode() -> state_functions.
ready({call, From}, slow, N) ->
    timer:sleep(100),
    {keep_state, N + 1, [{reply, From, {slow, N}}]};
ready({call, From}, Req, N) -> {keep_state, N + 1, [{reply, From, {N, Req}}]};
ready(cast, _, N) -> {keep_state, N}.

main(_) ->
    {ok, _} = gen_server:start({local, extras_srv}, ?MODULE, server, []),
    io:format("~p~n", [gen_server:multi_call(extras_srv, hello)]),
    io:format("~p~n", [gen_server:multi_call([node()], extras_srv, again)]),
    io:format("~p~n", [gen_server:multi_call([node()], extras_srv, third, 1000)]),
    io:format("~p~n", [gen_server:multi_call(no_such_server, hello)]),
    io:format("~p~n", [gen_server:multi_call([node(), 'other@nowhere'], extras_srv, x, 500)]),

    {ok, M} = gen_statem:start(?MODULE, statem, []),
    R1 = gen_statem:send_request(M, ping),
    io:format("~p~n", [gen_statem:wait_response(R1, 1000)]),
    R2 = gen_statem:send_request(M, pong),
    io:format("~p~n", [gen_statem:receive_response(R2, 1000)]),
    R3 = gen_statem:send_request(M, slow),
    io:format("~p~n", [gen_statem:wait_response(R3, 0)]),
    io:format("~p~n", [gen_statem:wait_response(R3, 1000)]),
    R4 = gen_statem:send_request(M, checked),
    Msg = receive X -> X end,
    io:format("~p~n", [gen_statem:check_response(Msg, R4)]),
    io:format("~p~n", [gen_statem:check_response(other_message, R4)]),
    ok = gen_statem:stop(M),
    R5 = gen_statem:send_request(M, dead),
    io:format("~p~n", [element(1, gen_statem:wait_response(R5, 1000))]),

    {ok, S} = supervisor:start_link(?MODULE, sup),
    io:format("~p~n", [supervisor:get_callback_module(S) =:= ?MODULE]),

    io:format("~p~n", [gen_server:behaviour_info(callbacks)]),
    io:format("~p~n", [gen_server:behaviour_info(optional_callbacks)]),
    io:format("~p~n", [gen_statem:behaviour_info(callbacks)]),
    io:format("~p~n", [gen_statem:behaviour_info(optional_callbacks)]),
    io:format("~p~n", [supervisor:behaviour_info(callbacks)]),
    io:format("~p~n", [supervisor:behaviour_info(optional_callbacks)]),
    io:format("~p~n", [gen_event:behaviour_info(callbacks)]),
    io:format("~p~n", [gen_event:behaviour_info(optional_callbacks)]),
    try gen_server:behaviour_info(other)
    catch Class:Reason -> io:format("~p ~p~n", [Class, Reason])
    end,
    ok.
