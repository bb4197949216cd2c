-module(p_strings_and_indent).
-export([main/1]).
-mode(compile).

%% Layout of ~p when the term starts mid-line and when strings are long.
main(_) ->
    Long = lists:flatten(lists:duplicate(12, "word ")),
    io:format("~p~n", [Long]),
    io:format("prefix: ~p~n", [[Long, Long]]),
    io:format("a tuple ~p and more~n", [{lists:seq(1, 30), lists:seq(31, 45)}]),
    io:format("~p~n", [{record_like, "name", 42, [{field, value}, {other_field, other_value}],
                        {nested, {deeper, {deepest, lists:seq(1, 10)}}}}]),
    io:format("~p~n", [[<<"binary one">>, <<"binary two">>, <<"binary three">>,
                        <<"binary four">>, <<"binary five">>]]),
    io:format("~p~n", [list_to_binary(lists:duplicate(100, $z))]).
