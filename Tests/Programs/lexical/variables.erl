-module(variables).
-export([main/1]).
-mode(compile).

%% Variable names: capitalised, underscore-prefixed, with digits and @.
main(_) ->
    X = 1,
    Long_Name_2 = 2,
    _Ignored = 3,
    Var@home = 4,
    ÄÖ = 5,
    {_, Second, _} = {a, b, c},
    io:format("~p~n", [[X, Long_Name_2, _Ignored, Var@home, ÄÖ, Second]]).
