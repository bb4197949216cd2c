-module(unbound_in_guard).
-export([main/1]).

main(A) when A =:= Missing ->
    io:format("never~n");
main(_) ->
    ok.
