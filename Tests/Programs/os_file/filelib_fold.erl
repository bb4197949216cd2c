-module(filelib_fold).
-export([main/1]).

%% filelib:fold_files/5: names matched by re, recursion on and off, a missing directory.
main(_) ->
    D = "/tmp/swerl_filelib_fold_" ++ os:getpid(),
    _ = file:del_dir_r(D),
    ok = filelib:ensure_dir(D ++ "/sub/x"),
    [ok = file:write_file(filename:join(D, N), "x") || N <- ["a.erl", "b.txt", "sub/c.erl", "sub/d.hrl", "sub/e.ERL"]],
    Names = fun(F, A) -> [lists:nthtail(length(D) + 1, F) | A] end,
    io:format("~p~n", [lists:sort(filelib:fold_files(D, "\\.erl$", true, Names, []))]),
    io:format("~p~n", [lists:sort(filelib:fold_files(D, "\\.erl$", false, Names, []))]),
    io:format("~p~n", [lists:sort(filelib:fold_files(D, "", true, Names, []))]),
    io:format("~p~n", [lists:sort(filelib:fold_files(D, "(?i)\\.erl$", true, Names, []))]),
    io:format("~p~n", [filelib:fold_files(D ++ "/nope", ".*", true, Names, [])]),
    ok = file:del_dir_r(D).
