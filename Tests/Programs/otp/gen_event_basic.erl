-module(gen_event_basic).
-export([main/1, init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2, code_change/3]).
-mode(compile).

init(crash) -> error(boom_init);
init({error, R}) -> {error, R};
init(bad) -> bad_return;
init({swapped_in, From}) -> p({init_swap, From}), {ok, From};
init(Args) -> p({init, Args}), {ok, Args}.

handle_event(crash, _S) -> error(boom_event);
handle_event(bad, _S) -> weird;
handle_event(remove, _S) -> remove_handler;
handle_event(swap, S) -> {swap_handler, swap_args, S, {?MODULE, two}, swap2};
handle_event(E, S) -> p({event, E, S}), {ok, S}.

handle_call(get, S) -> {ok, S, S};
handle_call(crash, _S) -> error(boom_call);
handle_call(remove, _S) -> {remove_handler, removed_reply};
handle_call(bad, _S) -> bad_call_ret;
handle_call(R, S) -> {ok, {got, R}, S}.

handle_info(I, S) -> p({info, I, S}), {ok, S}.

terminate(Arg, S) -> p({terminate, Arg, S}), {terminated, S}.
code_change(_, S, _) -> {ok, S}.

%% Prints a term with stack traces, this module's name (escript renames it) and
%% pids left out.
p(T) -> io:format("~p~n", [clean(T)]).

clean(T) when T =:= ?MODULE -> mod;
clean(T) when is_pid(T) -> pid;
clean([{_, _, _, L} | _]) when is_list(L) -> stack;
clean(T) when is_list(T) -> [clean(X) || X <- T];
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean(T) -> T.

flush() -> receive M -> p({got, M}), flush() after 100 -> ok end.

main(_) ->
  {ok, P} = gen_event:start(),
  p(gen_event:add_handler(P, ?MODULE, one)),
  p(gen_event:add_handler(P, ?MODULE, one)),
  p(gen_event:add_handler(P, {?MODULE, 1}, s1)),
  p(gen_event:add_handler(P, {?MODULE, 1}, s1)),
  p(gen_event:add_handler(P, {?MODULE, 2}, crash)),
  p(gen_event:add_handler(P, {?MODULE, 3}, {error, nope})),
  p(gen_event:add_handler(P, {?MODULE, 4}, bad)),
  p(gen_event:add_handler(P, nomod, x)),
  p(gen_event:which_handlers(P)),
  p(gen_event:notify(P, hello)),
  p(gen_event:sync_notify(P, hello2)),
  p(gen_event:call(P, ?MODULE, get)),
  p(gen_event:call(P, {?MODULE, 1}, other)),
  p(gen_event:call(P, ?MODULE, crash)),
  p(gen_event:which_handlers(P)),
  p(gen_event:call(P, nothere, get)),
  p(gen_event:call(P, {?MODULE, 1}, remove)),
  p(gen_event:which_handlers(P)),
  p(gen_event:add_handler(P, ?MODULE, again)),
  p(gen_event:call(P, ?MODULE, bad)),
  p(gen_event:which_handlers(P)),
  p(gen_event:add_handler(P, ?MODULE, again)),
  P ! some_info, timer:sleep(50),
  p(gen_event:sync_notify(P, crash)),
  p(gen_event:which_handlers(P)),
  p(gen_event:add_handler(P, ?MODULE, a3)),
  p(gen_event:sync_notify(P, bad)),
  p(gen_event:add_handler(P, ?MODULE, a4)),
  p(gen_event:sync_notify(P, remove)),
  p(gen_event:add_handler(P, ?MODULE, a5)),
  p(gen_event:delete_handler(P, ?MODULE, bye)),
  p(gen_event:delete_handler(P, ?MODULE, bye)),
  p(gen_event:add_sup_handler(P, ?MODULE, sup1)),
  p(gen_event:sync_notify(P, crash)),
  flush(),
  p(gen_event:add_sup_handler(P, ?MODULE, sup2)),
  p(gen_event:delete_handler(P, ?MODULE, del)),
  flush(),
  p(gen_event:add_sup_handler(P, ?MODULE, sup3)),
  p(gen_event:swap_handler(P, {?MODULE, swap_out}, {{?MODULE, two}, swapin})),
  p(gen_event:which_handlers(P)),
  flush(),
  p(gen_event:sync_notify(P, swap)),
  p(gen_event:which_handlers(P)),
  p(gen_event:swap_sup_handler(P, {{?MODULE, two}, o}, {?MODULE, i})),
  p(gen_event:swap_handler(P, {nothere, o}, {?MODULE, i})),
  p(gen_event:which_handlers(P)),
  p(gen_event:stop(P)),
  flush(),
  p(catch gen_event:notify(nonexistent_mgr, x)),
  p(catch gen_event:sync_notify(nonexistent_mgr, x)),
  p(catch gen_event:call(nonexistent_mgr, ?MODULE, x)),
  p(catch gen_event:which_handlers(nonexistent_mgr)),
  {ok, P2} = gen_event:start_link({local, mymgr}),
  p(P2 =:= whereis(mymgr)),
  p(gen_event:start({local, mymgr})),
  ok = gen_event:add_handler(mymgr, ?MODULE, m1),
  %% The owner of a supervised handler dies: terminate({stop, Reason}, State).
  Self = self(),
  Owner = spawn(fun() -> Self ! {added, gen_event:add_sup_handler(mymgr, {?MODULE, o}, owned)},
                         receive go -> exit(owner_gone) end end),
  receive {added, Added} -> p(Added) end,
  p(gen_event:which_handlers(mymgr)),
  Owner ! go,
  timer:sleep(100),
  p(gen_event:which_handlers(mymgr)),
  p(gen_event:call(mymgr, ?MODULE, get, 1000)),
  ReqId = gen_event:send_request(mymgr, ?MODULE, ask),
  p(gen_event:wait_response(ReqId, 1000)),
  p(gen_event:stop(mymgr)),
  p(whereis(mymgr)),
  ok.
