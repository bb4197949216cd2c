-module(io_lib_limit).
-export([main/1]).

%% io_lib:limit_term/2 (lists, strings, improper lists, tuples, maps,
%% binaries, atomic terms, depths 0..5 and no limit) and io_lib:write/2 with
%% an options list (depth, encoding, chars_limit -1 and 0, unknown options,
%% first occurrence wins, badarith for a bad depth).
t(F) ->
    io:format("~w~n", [case catch F() of
                           {'EXIT', {R, _}} -> {'EXIT', R};
                           X -> X
                       end]).

main(_) ->
    M = maps:from_list([{K, {K, K}} || K <- lists:seq(1, 8)]),
    Ts = [[1,2,3], {a,b,c}, {a,{b,{c,{d}}}}, [[[[1]]]], [1|2], [1,2|3], "abcdef",
          <<1,2,3,4,5>>, <<1,2,3:4>>, #{a=>1,b=>2,c=>3}, #{k=>#{k=>#{k=>v}}},
          [{a,1},{b,2}], {}, [], <<>>, #{}, atom, 42, fun lists:map/2, 1.5,
          {[1,2],[3,4]}, [a,{b,[c]}], #{[1,2] => {x,y}}, M, {x, M}, [M],
          [1000, 1001], "ab\x{100}", [$a, 0], [<<1,2,3>>, <<1,2,3,4,5,6,7,8,9,10,11,12>>]],
    [t(fun() -> [io_lib:limit_term(T, D) || D <- [0, 1, 2, 3, 4, 5]] end) || T <- Ts],
    [t(fun() -> io_lib:limit_term([1,2], D) end) || D <- [-1, -5]],
    A = list_to_atom([1000, $a]),
    B = list_to_atom([$å]),
    Opts = [[], [{encoding, latin1}], [{encoding, unicode}], [{encoding, utf8}], [{depth, 1}],
            [{depth, 2}], [{chars_limit, -1}], [{depth, 2}, {depth, 1}], [bad], [{other, 1}],
            [{depth, 0}], [{chars_limit, 0}], [{depth, -3}]],
    [t(fun() -> lists:flatten(io_lib:write(T, O)) end)
     || T <- [A, B, {A, [B]}, "å", [1,2,3], {a, [b, {c}]}], O <- Opts],
    t(fun() -> lists:flatten(io_lib:write([1,2,3], 2)) end),
    t(fun() -> lists:flatten(io_lib:write([1,2,3], [{depth, a}])) end),
    t(fun() -> lists:flatten(io_lib:write([1,2,3], bad)) end),
    ok.
