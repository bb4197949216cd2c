-module(chunks).
-export([main/1]).

%% select/3, select/1, select_reverse/3,1, match/3,1, match_object/3,1 on an
%% ordered_set (exact chunk sizes), and on a set (only the union of the chunks:
%% OTP's chunk sizes follow its hash buckets).
main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{I, I * I} || I <- lists:seq(1, 10)]),
    MS = [{{'$1', '$2'}, [{'>', '$1', 2}], ['$2']}],
    walk(ets:select(O, MS, 3)),
    walk(ets:select(O, MS, 4)),
    walk(ets:select_reverse(O, MS, 3)),
    walk(ets:match(O, {'$1', '_'}, 5)),
    walk(ets:match_object(O, {'_', '$1'}, 20)),
    walk(ets:select(O, [{{'$1', '_'}, [{'>', '$1', 100}], ['$1']}], 4)),
    {R1, C1} = ets:select(O, MS, 8), P(R1), P(ets:select(C1)),
    P(ets:select('$end_of_table')),
    P(ets:match('$end_of_table')),
    P(catch_reason(fun() -> ets:select(O, MS, 0) end)),
    P(catch_reason(fun() -> ets:select(O, MS, a) end)),
    P(catch_reason(fun() -> ets:select(not_a_continuation) end)),
    P(catch_reason(fun() -> ets:match(no_table, '_', 2) end)),
    S = ets:new(s, [set]),
    ets:insert(S, [{I, I * I} || I <- lists:seq(1, 10)]),
    P(lists:sort(collect(ets:select(S, MS, 3)))),
    P(lists:sort(collect(ets:select_reverse(S, MS, 4)))),
    P(lists:sort(collect(ets:match_object(S, {'_', 4}, 2)))),
    {All, End} = ets:select(S, MS, 20),
    P({lists:sort(All), End}),
    {_, C2} = ets:select(O, MS, 2),
    ets:delete(O),
    P(catch_reason(fun() -> ets:select(C2) end)).

walk('$end_of_table') -> io:format("end~n");
walk({R, C}) -> io:format("~p~n", [R]), walk(ets:select(C)).

collect('$end_of_table') -> [];
collect({R, C}) -> R ++ collect(ets:select(C)).

catch_reason(F) -> try F() catch C:R -> {C, R} end.
