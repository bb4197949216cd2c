-module(funs_in_data).
-export([main/1]).
-mode(compile).

main(_) ->
    Ops = #{add => fun(A, B) -> A + B end, mul => fun(A, B) -> A * B end},
    io:format("~p~n", [[{K, (maps:get(K, Ops))(6, 7)} || K <- [add, mul]]]),
    Dispatch = [{inc, fun(X) -> X + 1 end}, {neg, fun(X) -> -X end}],
    {inc, Inc} = lists:keyfind(inc, 1, Dispatch),
    io:format("~p~n", [Inc(41)]),
    Tuple = {fun() -> from_tuple end},
    io:format("~p~n", [(element(1, Tuple))()]).
