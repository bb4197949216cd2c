%% queue: every documented function, the printed shape of the queues it
%% returns, and its error reasons.
-module(queue_api).
-export([main/1]).

main(_) ->
    Q0 = queue:new(),
    show(new, Q0),
    [show({from_list, N}, queue:from_list(lists:seq(1, N))) || N <- lists:seq(0, 6)],
    Q = lists:foldl(fun queue:in/2, Q0, [a, b, c, d, e]),
    show(in, Q),
    show(in_r, lists:foldl(fun queue:in_r/2, Q0, [a, b, c, d])),
    show(is_queue, [queue:is_queue(Q), queue:is_queue({a, b}), queue:is_queue([])]),
    show(is_empty, [queue:is_empty(Q0), queue:is_empty(Q)]),
    show(len, queue:len(Q)),
    show(to_list, queue:to_list(Q)),
    show(member, [queue:member(c, Q), queue:member(z, Q)]),
    drain(out, Q),
    drain(out_r, Q),
    show(get, [queue:get(Q), queue:get_r(Q), queue:peek(Q), queue:peek_r(Q),
               queue:peek(Q0), queue:peek_r(Q0)]),
    show(drop, [queue:drop(Q), queue:drop_r(Q)]),
    show(reverse, queue:reverse(Q)),
    Q2 = queue:from_list([x, y, z]),
    show(join, [queue:join(Q, Q2), queue:join(Q0, Q2), queue:join(Q2, Q0)]),
    [show({split, N}, queue:split(N, Q)) || N <- lists:seq(0, 5)],
    Nums = queue:from_list(lists:seq(1, 10)),
    show(filter, queue:filter(fun(X) -> X rem 2 =:= 0 end, Nums)),
    show(filter_lists, queue:filter(fun(X) when X < 4 -> [X, X]; (_) -> [] end, Nums)),
    show(filtermap, queue:filtermap(fun(X) when X > 7 -> {true, X * 10};
                                       (X) -> X rem 3 =:= 0 end, Nums)),
    show(fold, queue:fold(fun(X, Acc) -> [X | Acc] end, [], Nums)),
    show(any, [queue:any(fun(X) -> X > 9 end, Nums), queue:any(fun(X) -> X > 10 end, Nums)]),
    show(all, [queue:all(fun(X) -> is_integer(X) end, Nums), queue:all(fun(X) -> X < 10 end, Nums)]),
    Dups = queue:from_list([1, 2, 3, 1, 2, 3]),
    show(delete, [queue:delete(2, Dups), queue:delete_r(2, Dups), queue:delete(9, Dups)]),
    show(delete_with, [queue:delete_with(fun(X) -> X > 1 end, Dups),
                       queue:delete_with_r(fun(X) -> X < 3 end, Dups)]),
    show(okasaki, [queue:cons(0, Q), queue:head(Q), queue:tail(Q), queue:snoc(Q, f),
                   queue:daeh(Q), queue:last(Q), queue:liat(Q), queue:init(Q),
                   apply(queue, lait, [Q])]),
    show(mixed, queue:in(9, queue:drop(queue:in_r(0, queue:drop_r(Nums))))),
    show(equal, queue:from_list([1, 2, 3]) =:= queue:in(3, queue:in(2, queue:in(1, Q0)))),
    errors(Q0).

drain(F, Q) ->
    case queue:F(Q) of
        {empty, _} = R -> show(F, R);
        {_, Rest} = R -> show(F, R), drain(F, Rest)
    end.

errors(Empty) ->
    Calls = [{get, [Empty]}, {get_r, [Empty]}, {drop, [Empty]}, {drop_r, [Empty]},
             {head, [Empty]}, {tail, [Empty]}, {daeh, [Empty]}, {last, [Empty]},
             {liat, [Empty]}, {init, [Empty]}, {lait, [Empty]},
             {in, [1, not_a_queue]}, {out, [[]]}, {len, [{1, 2}]}, {from_list, [foo]},
             {to_list, [foo]}, {split, [4, queue:from_list([1, 2])]},
             {split, [-1, Empty]}, {join, [Empty, foo]}, {reverse, [foo]},
             {member, [1, foo]}, {is_empty, [foo]}, {cons, [1, foo]},
             {snoc, [foo, 1]}, {filter, [fun(_) -> true end, foo]},
             {fold, [fun(_, A) -> A end, 0, foo]},
             {filter, [fun(_) -> maybe end, queue:from_list([1])]}],
    [show({error, F}, try apply(queue, F, A) catch C:R -> {C, R} end) || {F, A} <- Calls],
    ok.

show(Label, Term) -> io:format("~p: ~p~n", [Label, Term]).
