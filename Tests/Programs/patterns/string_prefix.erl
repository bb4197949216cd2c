-module(string_prefix).
-export([main/1]).
-mode(compile).

%% "prefix" ++ Rest patterns.
command("get " ++ Key) -> {get, Key};
command("put " ++ Rest) -> {put, Rest};
command([$# | Comment]) -> {comment, Comment};
command(Other) -> {unknown, Other}.

main(_) ->
    lists:foreach(fun(S) -> io:format("~p~n", [command(S)]) end,
                  ["get name", "put a b", "#note", "nothing", "get "]).
