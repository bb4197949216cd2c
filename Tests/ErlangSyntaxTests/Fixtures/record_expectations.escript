#!/usr/bin/env escript
%% Records the expected lexer/parser output of the ErlangSyntaxTests fixtures
%% from real Erlang/OTP (erl_scan, erl_parse). Run from anywhere:
%%     escript Tests/ErlangSyntaxTests/Fixtures/record_expectations.escript
%% Each NAME.cases file holds cases separated by lines of "=====";
%% NAME.expected gets one block per case, in the same order.
%% The printed shapes mirror Tests/ErlangSyntaxTests/SyntaxPrinter.swift.
-mode(compile).

main(["--corpus", Dir]) ->
    %% Used by record_corpus.escript: DIR/M.expected for each DIR/M.erl.
    [begin
         {ok, Bin} = file:read_file(F),
         Out = [forms_case(unicode:characters_to_list(Bin)), "\n"],
         ok = file:write_file(filename:rootname(F) ++ ".expected", unicode:characters_to_binary(Out))
     end || F <- filelib:wildcard(filename:join(Dir, "*.erl"))],
    ok;
main(_) ->
    Dir = filename:dirname(escript:script_name()),
    record(Dir, "lexer", fun lex_case/1),
    record(Dir, "expressions", fun exprs_case/1),
    record(Dir, "forms", fun forms_case/1),
    record_floats(Dir).

%% ---- floats: io_lib:write/1 of assorted doubles, as "BITS TEXT" lines ------

record_floats(Dir) ->
    rand:seed(exsss, {3, 1, 4}),
    Fixed = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 100.0, 1000.0, 1.0e15, 1.0e16, 1.0e22, 1.0e23,
             123456.0, 1234567.0, 0.001, 0.0001, 0.00015, 1.0e-5, 5.0e-324, 2.2250738585072014e-308,
             1.7976931348623157e308, 9007199254740992.0, 9007199254740991.0, 9007199254740993.0,
             1234567890123456.8, 0.30000000000000004, 3.141592653589793, 2.718281828459045],
    Random = [begin <<F/float>> = <<(rand:uniform(16#7FEFFFFFFFFFFFFF)):64>>, F end || _ <- lists:seq(1, 300)]
             ++ [rand:uniform() * math:pow(10, rand:uniform(40) - 20) || _ <- lists:seq(1, 300)]
             ++ [float(rand:uniform(100000000)) / 100 || _ <- lists:seq(1, 100)],
    Lines = [[float_bits(F), " ", io_lib:write(F), "\n"] || F <- Fixed ++ Random],
    ok = file:write_file(filename:join(Dir, "floats.expected"), Lines).

record(Dir, Name, Fun) ->
    {ok, Bin} = file:read_file(filename:join(Dir, Name ++ ".cases")),
    Cases = string:split(unicode:characters_to_list(Bin), "\n=====\n", all),
    Out = lists:join("=====\n", [[Fun(strip_nl(C)), "\n"] || C <- Cases]),
    ok = file:write_file(filename:join(Dir, Name ++ ".expected"),
                         unicode:characters_to_binary(Out)).

strip_nl(S) -> string:trim(S, trailing, "\n").

%% ---- lexer ------------------------------------------------------------

lex_case(Src) ->
    case erl_scan:string(Src, {1,1}) of
        {ok, Toks, End} -> lists:join(" ", [tok(T) || T <- Toks] ++ ["eof" ++ loc(End)]);
        {error, {Loc, Mod, E}, _} -> ["error", loc(Loc), " ", Mod:format_error(E)]
    end.

tok({atom, L, A}) -> ["atom:", atom_to_list(A), loc(L)];
tok({var, L, V}) -> ["var:", atom_to_list(V), loc(L)];
tok({integer, L, I}) -> ["int:", integer_to_list(I), loc(L)];
tok({float, L, F}) -> ["float:", float_bits(F), loc(L)];
tok({char, L, C}) -> ["char:", integer_to_list(C), loc(L)];
tok({string, L, S}) -> ["str:", ints(S), loc(L)];
tok({dot, L}) -> ["dot", loc(L)];
tok({P, L}) ->
    case erl_scan:reserved_word(P) of
        true -> ["kw:", atom_to_list(P), loc(L)];
        false -> ["punct:", atom_to_list(P), loc(L)]
    end.

loc({L, C}) -> ["@", integer_to_list(L), ":", integer_to_list(C)].
ints(S) -> ["[", lists:join(",", [integer_to_list(C) || C <- S]), "]"].
float_bits(F) -> <<B:64>> = <<F/float>>, integer_to_list(B, 16).

%% ---- expressions --------------------------------------------------------

exprs_case(Src) ->
    case erl_scan:string(Src, {1,1}) of
        {error, {Loc, Mod, E}, _} -> ["error", loc(Loc), " ", Mod:format_error(E)];
        {ok, Toks, _} ->
            case erl_parse:parse_exprs(Toks) of
                {ok, Es} -> lists:join("\n", [expr(E) || E <- Es]);
                {error, {Loc, Mod, E}} -> ["error", loc(Loc), " ", Mod:format_error(E)]
            end
    end.

%% ---- forms --------------------------------------------------------------

forms_case(Src) ->
    case erl_scan:string(Src, {1,1}) of
        {error, {Loc, Mod, E}, _} -> ["error", loc(Loc), " ", Mod:format_error(E)];
        {ok, Toks, End} -> lists:join("\n", [form(F, End) || F <- split_forms(Toks, [])])
    end.

split_forms([], []) -> [];
split_forms([], Acc) -> [lists:reverse(Acc)];
split_forms([{dot, _} = D | Rest], Acc) -> [lists:reverse([D | Acc]) | split_forms(Rest, [])];
split_forms([T | Rest], Acc) -> split_forms(Rest, [T | Acc]).

form(Toks, _End) ->
    try erl_parse:parse_form(Toks) of
        {ok, F} -> form(F);
        {error, {Loc, Mod, E}} -> ["error", loc(Loc), " ", Mod:format_error(E)]
    catch
        _:_ -> "crash"    % erl_parse itself fails (e.g. on -import(m).): any error will do
    end.

form({attribute, L, module, {M, _Params}}) -> ["module(", a(M), ")", loc(L)];
form({attribute, L, module, M}) -> ["module(", a(M), ")", loc(L)];
form({attribute, L, export, Fs}) -> ["export(", fas(Fs), ")", loc(L)];
form({attribute, L, import, {M, Fs}}) -> ["import(", a(M), ",", fas(Fs), ")", loc(L)];
form({attribute, L, compile, Opts}) when is_list(Opts) -> ["compile(", terms(Opts), ")", loc(L)];
form({attribute, L, compile, Opt}) -> ["compile(", terms([Opt]), ")", loc(L)];
form({attribute, L, record, {R, Fs}}) -> ["record(", a(R), ",[", lists:join(",", [rfield(F) || F <- Fs]), "])", loc(L)];
form({attribute, L, B, M}) when B =:= behaviour; B =:= behavior -> ["behaviour(", a(M), ")", loc(L)];
form({attribute, L, on_load, {F, A}}) -> ["on_load(", a(F), "/", integer_to_list(A), ")", loc(L)];
form({attribute, L, T, _}) when T =:= type; T =:= opaque; T =:= spec; T =:= callback ->
    ["attribute(", a(T), ")", loc(L)];
form({attribute, L, N, V}) -> ["attribute(", a(N), ",", term(V), ")", loc(L)];
form({function, L, N, A, Cs}) -> ["function(", a(N), "/", integer_to_list(A), ",", clauses(Cs), ")", loc(L)].

fas(Fs) -> ["[", lists:join(",", [[a(F), "/", integer_to_list(A)] || {F, A} <- Fs]), "]"].
rfield({typed_record_field, F, _Type}) -> rfield(F);
rfield({record_field, L, {atom, _, N}}) -> ["field(", a(N), ")", loc(L)];
rfield({record_field, L, {atom, _, N}, E}) -> ["field(", a(N), "=", expr(E), ")", loc(L)].

terms(Ts) -> ["[", lists:join(",", [term(T) || T <- Ts]), "]"].
term(A) when is_atom(A) -> a(A);
term(I) when is_integer(I) -> integer_to_list(I);
term(F) when is_float(F) -> ["float:", float_bits(F)];
term(T) when is_tuple(T) -> ["{", lists:join(",", [term(E) || E <- tuple_to_list(T)]), "}"];
term([]) -> "[]";
term([H | T]) -> ["[", term(H), "|", term(T), "]"];
term(M) when is_map(M) -> ["#{", lists:join(",", [[term(K), "=>", term(V)] || {K, V} <- lists:sort(maps:to_list(M))]), "}"];
term(Other) -> io_lib:format("~w", [Other]).

a(A) -> ["'", atom_to_list(A), "'"].

%% ---- expression printer (see SyntaxPrinter.swift) -----------------------
%% Unary minus/plus on a number literal is folded into the literal.

expr({integer, L, I}) -> [integer_to_list(I), loc(L)];
expr({float, L, F}) -> ["float:", float_bits(F), loc(L)];
expr({atom, L, A}) -> [a(A), loc(L)];
expr({char, L, C}) -> ["$", integer_to_list(C), loc(L)];
expr({string, L, S}) -> ["str", ints(S), loc(L)];
expr({nil, L}) -> ["[]", loc(L)];
expr({var, L, V}) -> [atom_to_list(V), loc(L)];
expr({op, L, Op, {integer, _, I}}) when Op =:= '-'; Op =:= '+' -> expr({integer, L, sign(Op, I)});
expr({op, L, Op, {char, _, I}}) when Op =:= '-'; Op =:= '+' -> expr({integer, L, sign(Op, I)});
expr({op, L, Op, {float, _, F}}) when Op =:= '-'; Op =:= '+' -> expr({float, L, sign(Op, F)});
expr({op, L, Op, E}) -> ["op(", atom_to_list(Op), ",", expr(E), ")", loc(L)];
expr({op, L, Op, E1, E2}) -> ["op(", atom_to_list(Op), ",", expr(E1), ",", expr(E2), ")", loc(L)];
expr({match, L, P, E}) -> ["match(", expr(P), ",", expr(E), ")", loc(L)];
expr({tuple, L, Es}) -> ["{", exprs(Es), "}", loc(L)];
expr({cons, L, H, T}) -> ["[", expr(H), "|", expr(T), "]", loc(L)];
expr({map, L, Fs}) -> ["map(none;", map_fields(Fs), ")", loc(L)];
expr({map, L, B, Fs}) -> ["map(", expr(B), ";", map_fields(Fs), ")", loc(L)];
expr({bin, L, Es}) -> ["bin(", lists:join(",", [bin_el(E) || E <- Es]), ")", loc(L)];
expr({record, L, R, Fs}) -> ["rec(none;", a(R), ";", rec_fields(Fs), ")", loc(L)];
expr({record, L, B, R, Fs}) -> ["rec(", expr(B), ";", a(R), ";", rec_fields(Fs), ")", loc(L)];
expr({record_field, L, E, R, {atom, _, F}}) -> ["rfield(", expr(E), ";", a(R), ";", a(F), ")", loc(L)];
expr({record_index, L, R, {atom, _, F}}) -> ["rindex(", a(R), ";", a(F), ")", loc(L)];
expr({call, L, F, As}) -> ["call(", expr(F), ";", exprs(As), ")", loc(L)];
expr({remote, L, M, F}) -> ["remote(", expr(M), ",", expr(F), ")", loc(L)];
expr({'fun', L, {function, F, A}}) -> ["funref(", a(F), "/", integer_to_list(A), ")", loc(L)];
expr({'fun', L, {function, M, F, A}}) -> ["funref(", expr(M), ",", expr(F), ",", expr(A), ")", loc(L)];
expr({'fun', L, {clauses, Cs}}) -> ["fun(", clauses(Cs), ")", loc(L)];
expr({named_fun, L, N, Cs}) -> ["nfun(", atom_to_list(N), ";", clauses(Cs), ")", loc(L)];
expr({block, L, Es}) -> ["block(", exprs(Es), ")", loc(L)];
expr({'case', L, E, Cs}) -> ["case(", expr(E), ";", clauses(Cs), ")", loc(L)];
expr({'if', L, Cs}) -> ["if(", clauses(Cs), ")", loc(L)];
expr({'receive', L, Cs}) -> ["receive(", clauses(Cs), ";none)", loc(L)];
expr({'receive', L, Cs, T, B}) -> ["receive(", clauses(Cs), ";after(", expr(T), ";", exprs(B), "))", loc(L)];
expr({'try', L, B, Of, Catch, After}) ->
    ["try(", exprs(B), ";", clauses(Of), ";", catch_clauses(Catch), ";", exprs(After), ")", loc(L)];
expr({'catch', L, E}) -> ["catch(", expr(E), ")", loc(L)];
expr({lc, L, E, Qs}) -> ["lc(", expr(E), ";", quals(Qs), ")", loc(L)];
expr({bc, L, E, Qs}) -> ["bc(", expr(E), ";", quals(Qs), ")", loc(L)].

sign('-', N) -> -N;
sign('+', N) -> N.

exprs(Es) -> lists:join(",", [expr(E) || E <- Es]).
map_fields(Fs) -> lists:join(",", [map_field(F) || F <- Fs]).
map_field({map_field_assoc, _, K, V}) -> [expr(K), "=>", expr(V)];
map_field({map_field_exact, _, K, V}) -> [expr(K), ":=", expr(V)].
rec_fields(Fs) -> lists:join(",", [rec_field(F) || F <- Fs]).
rec_field({record_field, _, {atom, _, F}, V}) -> [a(F), "=", expr(V)];
rec_field({record_field, _, {var, _, '_'}, V}) -> ["_=", expr(V)];
rec_field({record_field, _, {var, _, F}, V}) -> [a(F), "=", expr(V)].   % erl_lint rejects it
bin_el({bin_element, L, V, S, T}) ->
    Size = case S of default -> "default"; _ -> expr(S) end,
    Types = case T of default -> "default"; _ -> lists:join("-", [bin_type(X) || X <- T]) end,
    ["el(", expr(V), ":", Size, "/", Types, ")", loc(L)].
bin_type({T, N}) -> [atom_to_list(T), ":", integer_to_list(N)];
bin_type(A) -> atom_to_list(A).
quals(Qs) -> lists:join(",", [qual(Q) || Q <- Qs]).
qual({generate, _, P, E}) -> ["gen(", expr(P), ",", expr(E), ")"];
qual({b_generate, _, P, E}) -> ["bgen(", expr(P), ",", expr(E), ")"];
qual(E) -> expr(E).
clauses(Cs) -> ["[", lists:join(",", [clause(C) || C <- Cs]), "]"].
clause({clause, L, Ps, Gs, B}) -> ["cl(", exprs(Ps), ";", guards(Gs), ";", exprs(B), ")", loc(L)].
guards(Gs) -> lists:join(";", [["[", exprs(G), "]"] || G <- Gs]).
catch_clauses(Cs) -> ["[", lists:join(",", [catch_clause(C) || C <- Cs]), "]"].
catch_clause({clause, L, [{tuple, _, [C, R, S]}], Gs, B}) ->
    Stack = case S of {var, _, V} -> atom_to_list(V) end,
    ["ccl(", expr(C), ",", expr(R), ",", Stack, ";", guards(Gs), ";", exprs(B), ")", loc(L)].
