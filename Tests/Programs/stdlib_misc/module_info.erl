-module(module_info).
-mode(compile).
-behaviour(gen_server).
-export([main/1]).
-export([init/1, handle_call/3, handle_cast/2]).
-custom(1).
-custom([2, 3]).
-vsn(3).
-type t() :: integer().
-spec main(t()) -> ok.

%% module_info/0,1 of a compiled escript module and of library modules, and
%% function_exported/3 for them. (The escript's module name is escript's own, so it
%% is not printed.)
r(F) -> try F() catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

init(_) -> {ok, []}.
handle_call(_, _, S) -> {reply, ok, S}.
handle_cast(_, S) -> {noreply, S}.

main(_) ->
    p(?MODULE:module_info(exports)),
    p(?MODULE:module_info(attributes)),
    p([K || {K, _} <- ?MODULE:module_info()]),
    p(?MODULE:module_info(module) =:= ?MODULE),
    p(?MODULE:module_info(nifs)),
    p(?MODULE:module_info(native)),
    p(is_binary(?MODULE:module_info(md5))),
    p(byte_size(?MODULE:module_info(md5))),
    p(lists:member({r, 1}, ?MODULE:module_info(functions))),
    p(r(fun() -> ?MODULE:module_info(bad) end)),
    p(erlang:function_exported(?MODULE, module_info, 0)),
    p(erlang:function_exported(?MODULE, module_info, 1)),
    p(erlang:function_exported(?MODULE, r, 1)),
    p(erlang:get_module_info(?MODULE, exports) =:= ?MODULE:module_info(exports)),
    p(r(fun() -> erlang:get_module_info(?MODULE, bad) end)),
    p(r(fun() -> erlang:get_module_info(no_such_module, module) end)),
    p(r(fun() -> erlang:get_module_info(42) end)),
    [p({M, M:module_info(module)}) || M <- [lists, erlang, math, maps, string, queue]],
    [p({M, lists:member({module_info, 1}, M:module_info(exports))}) || M <- [lists, erlang, math, queue]],
    p(lists:member({map, 2}, lists:module_info(exports))),
    p(lists:member({abs, 1}, erlang:module_info(exports))),
    p(r(fun() -> lists:module_info(bad) end)),
    p(r(fun() -> no_such_module:module_info() end)),
    F = fun lists:module_info/1,
    p(F(module)),
    p(apply(math, module_info, [module])),
    p(erlang:function_exported(lists, module_info, 1)),
    p(erlang:function_exported(erlang, module_info, 0)).
