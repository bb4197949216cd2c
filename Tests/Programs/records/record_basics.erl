-module(record_basics).
-export([main/1]).
-mode(compile).

%% Records: defaults, update, field index, record_info, keysort by field.
-record(person, {name, age = 0, email}).
main(_) ->
    P = #person{name = "Ann", age = 30},
    io:format("~p~n", [P]),
    P2 = P#person{email = "a@b"},
    io:format("~p ~p~n", [P2#person.email, #person.age]),
    io:format("~p~n", [record_info(fields, person)]),
    io:format("~p~n", [is_record(P, person)]), #person{name = N} = P,
    io:format("~s~n", [N]),
    L = [#person{name = X, age = A} || {X, A} <- [{"b", 2}, {"a", 1}]],
    io:format("~p~n", [lists:keysort(#person.name, L)]).
