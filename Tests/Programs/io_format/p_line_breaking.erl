-module(p_line_breaking).
-export([main/1]).
-mode(compile).

%% ~p breaks big terms over lines at 80 columns, indenting nested structures.
main(_) ->
    io:format("~p~n", [lists:seq(1, 40)]),
    io:format("~p~n", [[{key, N, lists:seq(1, N)} || N <- lists:seq(1, 8)]]),
    io:format("~p~n", [{a_long_atom_name, {another_long_atom_name, [one, two, three, four, five]},
                        "a string that is fairly long itself", <<"binary data here">>}]),
    io:format("~p~n", [#{alpha => lists:seq(1, 15), beta => {x, y, z}, gamma => "text value",
                         delta => #{nested => map, with => [several, keys, inside, it]}}]),
    io:format("~p~n", [[lists:duplicate(N, N) || N <- lists:seq(1, 12)]]),
    io:format("~p~n", [[["nested", ["string", ["lists"]]], "go", "deep", "and", "wide",
                         "enough", "to", "wrap", "the", "line", "several", "times"]]).
