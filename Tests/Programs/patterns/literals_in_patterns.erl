-module(literals_in_patterns).
-export([main/1]).
-mode(compile).

kind(0) -> zero;
kind(1.0) -> one_float;
kind(-5) -> minus_five;
kind($a) -> char_a;
kind("str") -> string;
kind(<<"bin">>) -> binary;
kind([]) -> empty_list;
kind({}) -> empty_tuple;
kind(#{}) -> some_map;
kind(atom) -> atom;
kind(16#10) -> sixteen;
kind(_) -> other.

main(_) ->
    Vals = [0, 0.0, 1, 1.0, -5, 97, "str", <<"bin">>, [], {}, #{a => 1}, atom, 16, x],
    io:format("~p~n", [[kind(V) || V <- Vals]]).
