-module(printable_detection).
-export([main/1]).
-mode(compile).

%% ~p prints a list as a string only if every element is a printable latin-1 character.
main(_) ->
    Lists = [[72, 105], [72, 105, 0], [10, 13, 9], [27, 8, 11, 12, 7], [127],
             [160, 255], [256], [7], "with\"quote", [$\\], [], [65 | 66],
             [[72, 105]], [31], [32, 126], [128], [159]],
    [io:format("~p~n", [L]) || L <- Lists].
