-module(term_order).
-export([main/1]).
-mode(compile).

%% number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
main(_) ->
    Terms = [<<"b">>, [a], [], #{}, {z}, {}, self(), fun() -> ok end, make_ref(),
             zzz, aaa, 3, 2.5, -1, <<1:3>>, <<>>, "abc", {1, 2}, #{a => 1}],
    Sorted = lists:sort(Terms),
    io:format("~p~n", [[tag(T) || T <- Sorted]]).

tag(T) when is_number(T) -> {number, T};
tag(T) when is_atom(T) -> {atom, T};
tag(T) when is_reference(T) -> reference;
tag(T) when is_function(T) -> function;
tag(T) when is_pid(T) -> pid;
tag(T) when is_tuple(T) -> {tuple, T};
tag(T) when is_map(T) -> {map, T};
tag([]) -> nil;
tag(T) when is_list(T) -> {list, T};
tag(T) when is_bitstring(T) -> {bitstring, T}.
