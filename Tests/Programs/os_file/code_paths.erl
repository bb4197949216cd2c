%% code: loading and querying modules, paths, purging, with the results and
%% errors OTP gives (values that depend on the installation are tested by
%% their shape only).
-module(code_paths).
-mode(compile).
-export([main/1]).

r(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    io:format("~p~n", [code:ensure_loaded(lists)]),
    io:format("~p~n", [code:ensure_loaded(erlang)]),
    io:format("~p~n", [code:ensure_loaded(swerl_no_such_module)]),
    io:format("~p~n", [code:ensure_loaded(?MODULE)]),
    io:format("~p~n", [r(fun() -> code:ensure_loaded("lists") end)]),
    io:format("~p~n", [code:is_loaded(erlang)]),
    io:format("~p~n", [code:is_loaded(swerl_no_such_module)]),
    io:format("~p~n", [code:is_loaded(?MODULE)]),
    {file, _} = code:is_loaded(lists),
    io:format("~p~n", [r(fun() -> code:is_loaded(1) end)]),
    io:format("~p~n", [code:which(erlang)]),
    io:format("~p~n", [code:which(swerl_no_such_module)]),
    io:format("~p~n", [code:which(?MODULE)]),
    io:format("~p~n", [r(fun() -> code:which("x") end)]),
    io:format("~p~n", [code:load_file(swerl_no_such_module)]),
    io:format("~p~n", [code:load_file(lists)]),
    io:format("~p~n", [r(fun() -> code:load_file("x") end)]),
    All = code:all_loaded(),
    io:format("~p~n", [lists:keyfind(erlang, 1, All)]),
    io:format("~p~n", [lists:all(fun({M, L}) -> is_atom(M) andalso (is_list(L) orelse L =:= preloaded) end, All)]),
    io:format("~p~n", [lists:keymember(swerl_no_such_module, 1, All)]),
    %% paths
    Path = code:get_path(),
    io:format("~p~n", [is_list(Path) andalso lists:all(fun is_list/1, Path)]),
    io:format("~p~n", [code:add_path("/swerl_nonexistent_dir")]),
    io:format("~p~n", [code:add_patha("/swerl_nonexistent_dir")]),
    io:format("~p~n", [code:add_pathz("/swerl_nonexistent_dir")]),
    Dir = "/tmp/swerl_code_paths_" ++ os:getpid(),
    ok = file:make_dir(Dir),
    io:format("~p~n", [code:add_pathz(Dir)]),
    io:format("~p~n", [lists:last(code:get_path()) =:= Dir]),
    io:format("~p~n", [code:add_patha(Dir)]),
    io:format("~p~n", [hd(code:get_path()) =:= Dir]),
    io:format("~p~n", [length([P || P <- code:get_path(), P =:= Dir])]),
    io:format("~p~n", [code:ensure_loaded(swerl_code_paths_mod)]),
    ok = file:del_dir(Dir),
    %% directories
    io:format("~p~n", [is_list(code:root_dir())]),
    io:format("~p~n", [code:lib_dir() =:= code:root_dir() ++ "/lib"]),
    io:format("~p~n", [code:lib_dir(swerl_no_such_app)]),
    io:format("~p~n", [code:priv_dir(swerl_no_such_app)]),
    %% purging
    io:format("~p~n", [code:purge(swerl_no_such_module)]),
    io:format("~p~n", [code:soft_purge(swerl_no_such_module)]),
    io:format("~p~n", [code:delete(swerl_no_such_module)]),
    io:format("~p~n", [code:delete(?MODULE)]),
    io:format("~p~n", [r(fun() -> code:purge("x") end)]),
    io:format("~p~n", [r(fun() -> code:delete("x") end)]).
