%% filelib: predicates, sizes, ensure_dir, wildcards (* ? [..] {..} **,
%% relative to a directory) and fold_files, in a scratch directory.
-module(filelib_ops).
-mode(compile).
-export([main/1]).

r(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    D = "/tmp/swerl_filelib_ops_" ++ os:getpid(),
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    [ok = file:make_dir(D ++ Sub) || Sub <- ["/w", "/w/sub", "/w/sub/deep", "/w/.hid"]],
    [ok = file:write_file(D ++ "/w/" ++ Name, Name) ||
        Name <- ["a.erl", "b.erl", ".h.erl", "x.txt", "ab1.txt", "sub/c.erl", "sub/deep/d.erl"]],
    W = D ++ "/w",
    io:format("~p~n", [[filelib:is_file(W), filelib:is_dir(W), filelib:is_regular(W)]]),
    io:format("~p~n", [[filelib:is_file(W ++ "/a.erl"), filelib:is_dir(W ++ "/a.erl"),
                        filelib:is_regular(W ++ "/a.erl")]]),
    io:format("~p~n", [[filelib:is_file(W ++ "/no"), filelib:is_dir(W ++ "/no"),
                        filelib:is_regular(W ++ "/no")]]),
    io:format("~p~n", [filelib:is_file(list_to_binary(W))]),
    io:format("~p~n", [filelib:file_size(W ++ "/x.txt")]),
    io:format("~p~n", [filelib:file_size(W ++ "/no")]),
    io:format("~p~n", [filelib:last_modified(W ++ "/no")]),
    {{Y, _, _}, _} = filelib:last_modified(W ++ "/x.txt"),
    io:format("~p~n", [Y > 2000]),
    io:format("~p~n", [filelib:ensure_dir(W ++ "/n1/n2/file")]),
    io:format("~p~n", [[filelib:is_dir(W ++ "/n1/n2"), filelib:is_file(W ++ "/n1/n2/file")]]),
    io:format("~p~n", [filelib:ensure_dir(W ++ "/n1/n2/")]),
    io:format("~p~n", [filelib:ensure_dir(W ++ "/x.txt/f")]),
    io:format("~p~n", [filelib:ensure_dir("relative_file_only")]),
    ok = file:del_dir(W ++ "/n1/n2"), ok = file:del_dir(W ++ "/n1"),
    %% wildcards, absolute
    P = length(D) + 1,
    Rel = fun(Names) -> [lists:nthtail(P, N) || N <- Names] end,
    io:format("~p~n", [Rel(filelib:wildcard(W ++ "/*.erl"))]),
    io:format("~p~n", [Rel(filelib:wildcard(W ++ "/**/*.erl"))]),
    io:format("~p~n", [Rel(filelib:wildcard(W ++ "/{a,x}.*"))]),
    io:format("~p~n", [Rel(filelib:wildcard(W ++ "/[a-b].erl"))]),
    io:format("~p~n", [Rel(filelib:wildcard(W ++ "/?.erl"))]),
    io:format("~p~n", [Rel(filelib:wildcard(W ++ "/a*"))]),
    io:format("~p~n", [Rel(filelib:wildcard(W ++ "/*"))]),
    io:format("~p~n", [Rel(filelib:wildcard(W ++ "/*/"))]),
    io:format("~p~n", [Rel(filelib:wildcard(W ++ "/sub"))]),
    io:format("~p~n", [Rel(filelib:wildcard(W ++ "/*/*.erl"))]),
    io:format("~p~n", [Rel(filelib:wildcard(W ++ "/*/{c,deep}*"))]),
    io:format("~p~n", [filelib:wildcard(W ++ "/no")]),
    io:format("~p~n", [filelib:wildcard(W ++ "/*.none")]),
    %% relative to a directory
    io:format("~p~n", [filelib:wildcard("*.erl", W)]),
    io:format("~p~n", [filelib:wildcard("sub/*/*.erl", W)]),
    io:format("~p~n", [r(fun() -> filelib:wildcard("*.txt", list_to_binary(W)) end)]),
    {ok, Cwd} = file:get_cwd(),
    ok = file:set_cwd(W),
    io:format("~p~n", [filelib:wildcard("*.txt")]),
    io:format("~p~n", [filelib:wildcard("**/d.erl")]),
    ok = file:set_cwd(Cwd),
    io:format("~p~n", [r(fun() -> filelib:wildcard(foo) end)]),
    io:format("~p~n", [r(fun() -> filelib:wildcard(<<"*">>) end)]),
    %% fold_files
    Fold = fun(Re, Rec) -> lists:sort(Rel(filelib:fold_files(W, Re, Rec, fun(F, Acc) -> [F | Acc] end, []))) end,
    io:format("~p~n", [Fold("\\.erl$", true)]),
    io:format("~p~n", [Fold("\\.erl$", false)]),
    io:format("~p~n", [Fold("^a", true)]),
    io:format("~p~n", [Fold("", false)]),
    io:format("~p~n", [filelib:fold_files(W, "x", false, fun(_, N) -> N + 1 end, 0)]),
    ok = file:del_dir_r(D).
