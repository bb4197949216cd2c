-module(operator_funs).
-export([main/1]).

%% The operators as functions of module erlang: direct, as funs, by apply and
%% by dynamic calls, with the error reasons of the operators.
r(F) -> try F() catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    p(erlang:'+'(1, 2)),
    p(lists:foldl(fun erlang:'+'/2, 0, [1, 2, 3])),
    p(lists:foldl(fun erlang:'*'/2, 1, [1, 2, 3, 4])),
    M = erlang,
    Ops = ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr',
           'and', 'or', 'xor', '==', '/=', '=:=', '=/=', '<', '>', '=<', '>=', '++', '--'],
    [p({Op, r(fun() -> M:Op(7, 2) end)}) || Op <- Ops],
    [p({Op, r(fun() -> apply(erlang, Op, [true, false]) end)}) || Op <- ['and', 'or', 'xor']],
    [p({Op, r(fun() -> M:Op(1.0, 1) end)}) || Op <- ['==', '=:=', '<', '=<']],
    [p({Op, r(fun() -> M:Op(a, 1) end)}) || Op <- ['+', '-', '*', '/', 'div', 'rem', 'band', 'bsl', 'and']],
    [p({Op, r(fun() -> M:Op(1, 0) end)}) || Op <- ['/', 'div', 'rem']],
    [p({Op, r(fun() -> M:Op(X) end)}) || Op <- ['-', '+', 'bnot', 'not'], X <- [5, a, true]],
    p(r(fun() -> erlang:'++'([1, 2], [3]) end)),
    p(r(fun() -> erlang:'++'(a, [3]) end)),
    p(r(fun() -> erlang:'--'([1, 2, 1], [1]) end)),
    p(r(fun() -> erlang:'--'([1 | 2], [1]) end)),
    p(r(fun() -> erlang:append([1], [2]) end)),
    p(r(fun() -> erlang:append(a, [2]) end)),
    p(r(fun() -> erlang:subtract([1, 2, 3], [2]) end)),
    p(r(fun() -> erlang:subtract([1, 2], b) end)),
    p(erlang:'!'(self(), hello)),
    receive Msg -> p(Msg) end,
    p(r(fun() -> erlang:'!'(not_a_process, x) end)),
    F = fun erlang:'-'/1,
    p({F(4), erlang:fun_info(F, arity)}),
    p(lists:map(fun erlang:'not'/1, [true, false])),
    p(lists:sort(fun erlang:'>='/2, [3, 1, 2])),
    p([erlang:function_exported(erlang, Op, 2) || Op <- Ops]),
    p([erlang:function_exported(erlang, Op, 1) || Op <- ['-', '+', 'bnot', 'not']]),
    p([erlang:function_exported(erlang, F2, 2) || F2 <- [append, subtract, '!']]).
