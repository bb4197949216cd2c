-module(type_tests).
-export([main/1]).
-mode(compile).

-record(r, {a}).

type(X) when is_integer(X) -> integer;
type(X) when is_float(X) -> float;
type(X) when is_atom(X) -> atom;
type(X) when is_binary(X) -> binary;
type(X) when is_bitstring(X) -> bitstring;
type(X) when is_list(X) -> list;
type(X) when is_tuple(X) -> tuple;
type(X) when is_map(X) -> map;
type(X) when is_function(X) -> function;
type(X) when is_pid(X) -> pid;
type(X) when is_reference(X) -> reference;
type(_) -> unknown.

main(_) ->
    Values = [1, 1.5, ok, <<1>>, <<1:3>>, [1], "", {}, #{}, fun() -> ok end,
              self(), make_ref(), 10000000000000000000000],
    io:format("~p~n", [[type(V) || V <- Values]]),
    io:format("~p~n", [[is_number(1), is_number(1.0), is_number(a)]]),
    io:format("~p~n", [[is_boolean(true), is_boolean(false), is_boolean(1)]]),
    F = fun(_, _) -> ok end,
    io:format("~p~n", [[is_function(F, 2), is_function(F, 1)]]),
    io:format("~p~n", [[is_record({r, 1}, r), is_record({r, 1}, r, 2), is_record({s, 1}, r)]]).
