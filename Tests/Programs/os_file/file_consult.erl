%% file:consult/1 and path_consult/2: the terms of a file, and erl_parse's
%% error triples for syntax errors, non-terms and a missing final dot.
-module(file_consult).
-mode(compile).
-export([main/1]).

main(_) ->
    D = "/tmp/swerl_file_consult_" ++ os:getpid(),
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = D ++ "/terms.cfg",
    C = fun(Text) -> ok = file:write_file(F, Text), file:consult(F) end,
    io:format("~p~n", [C("{a, 1}.\n[1,2,\"s\"]. #{k => v, 2 => [x]}. <<1,2,\"ab\">>. -3. 'x y'.\n%% comment\n")]),
    io:format("~p~n", [C("")]),
    io:format("~p~n", [C("%% only a comment\n")]),
    io:format("~p~n", [C("{deep, [{nested, {tuple, -1.5}}], $a, \"\"}.\n[a|b].\n12345678901234567890.\n")]),
    io:format("~p~n", [C("{a, 1}.\n\n{b, }.\n")]),
    io:format("~p~n", [C("{a, 1}.\n{b, X}.\n")]),
    io:format("~p~n", [C("{a, 1+2}.\n")]),
    io:format("~p~n", [C("{a, 1}.\n{b, 2}")]),
    io:format("~p~n", [C("hello\nworld\n")]),
    io:format("~p~n", [C("f(1).\n")]),
    io:format("~p~n", [C("1, 2.\n")]),
    io:format("~p~n", [file:consult(D ++ "/missing")]),
    io:format("~p~n", [file:consult(D)]),
    io:format("~p~n", [file:consult(42)]),
    ok = file:write_file(F, "{found, here}.\n"),
    {ok, Terms, Full} = file:path_consult([D ++ "/nope", D], "terms.cfg"),
    io:format("~p ~p~n", [Terms, Full =:= F]),
    io:format("~p~n", [file:path_consult([D ++ "/nope"], "terms.cfg")]),
    io:format("~p~n", [file:path_consult([], "terms.cfg")]),
    ok = file:del_dir_r(D).
