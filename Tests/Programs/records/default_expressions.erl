-module(default_expressions).
-export([main/1]).

%% Record defaults that are comprehensions, funs and maps are evaluated at each
%% construction; patterns leave unnamed fields unmatched.
-record(r, {a = [X * 2 || X <- [1, 2, 3]],
            b = fun(Y) -> Y + 1 end,
            c = #{k => v},
            d = << <<B>> || B <- [1, 2] >>,
            e}).
-record(s, {x = 1, y = 2, z = 3}).

main(_) ->
    R = #r{},
    io:format("~p ~p ~p ~p~n", [R#r.a, R#r.c, R#r.d, R#r.e]),
    F = R#r.b,
    io:format("~p~n", [F(41)]),
    R2 = #r{a = given},
    io:format("~p~n", [R2#r.a]),
    io:format("~p~n", [#s{}]),
    io:format("~p~n", [#s{_ = 0}]),
    io:format("~p~n", [#s{y = 9, _ = 0}]),
    #s{y = Y} = #s{x = 10, z = 30},
    io:format("~p~n", [Y]),
    io:format("~p~n", [[X || #s{x = X} <- [#s{}, #s{x = 5}, {other}]]]),
    io:format("~p~n", [match(#s{x = 7, z = 8})]),
    io:format("~p~n", [[length(Rec#r.a) || Rec <- [#r{}, #r{a = [q]}]]]).

match(#s{z = 8} = S) -> {matched, S#s.x};
match(_) -> nomatch.
