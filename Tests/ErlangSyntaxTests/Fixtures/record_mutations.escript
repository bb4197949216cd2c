#!/usr/bin/env escript
%% Builds syntax-error cases from a corpus made by record_corpus.escript: takes
%% single forms of its modules, deletes, duplicates or replaces one token, and
%% records erl_parse's verdict (usually "syntax error before: ..." somewhere).
%% Compare with: SWERL_PARSE_CORPUS=OUT swift test --filter testCorpusMatchesErlParse
%% Usage: escript record_mutations.escript CORPUS_DIR OUT_DIR [CASES [SEED]]
-mode(compile).

main([From, To]) -> main([From, To, "3000"]);
main([From, To, Count]) -> main([From, To, Count, "1"]);
main([From, To, Count, Seed]) ->
    ok = filelib:ensure_dir(filename:join(To, "x")),
    rand:seed(exsss, {list_to_integer(Seed), 2, 3}),
    Forms = lists:append([forms(F) || F <- lists:sort(filelib:wildcard(filename:join(From, "*.erl")))]),
    FormsT = list_to_tuple(Forms),
    [write_case(To, I, mutate(element(rand:uniform(size(FormsT)), FormsT))) || I <- lists:seq(1, list_to_integer(Count))],
    Recorder = filename:join(filename:dirname(escript:script_name()), "record_expectations.escript"),
    io:put_chars(os:cmd("escript " ++ Recorder ++ " --corpus " ++ To)),
    io:format("wrote ~s cases to ~s~n", [Count, To]).

%% Each form's source text (forms start at column 1 in erl_pp output).
forms(File) ->
    {ok, Bin} = file:read_file(File),
    Text = unicode:characters_to_list(Bin),
    {ok, Toks, _} = erl_scan:string(Text, {1, 1}, [text]),
    [form_text(T) || T <- split(Toks, []), length(T) < 400].

split([], _) -> [];
split([{dot, _} = D | Rest], Acc) -> [lists:reverse([D | Acc]) | split(Rest, [])];
split([T | Rest], Acc) -> split(Rest, [T | Acc]).

%% The tokens' texts, each on its original line, separated by their original gaps.
form_text(Toks) -> [{erl_scan:line(T), erl_scan:column(T), erl_scan:text(T)} || T <- Toks].

mutate(Toks) ->
    N = length(Toks),
    I = rand:uniform(N),
    {Before, [Tok | After]} = lists:split(I - 1, Toks),
    Other = lists:nth(rand:uniform(N), Toks),
    case rand:uniform(3) of
        1 -> Before ++ [blank(Tok) | After];
        2 -> Before ++ [Tok, append(Tok, Tok) | After];
        3 -> Before ++ [replace(Tok, Other) | After]
    end.

blank({L, C, Text}) -> {L, C, lists:duplicate(length(Text), $\s)}.
append({L, C, Text}, {_, _, Extra}) -> {L, C + length(Text), " " ++ Extra}.
replace({L, C, _}, {_, _, Text}) -> {L, C, Text}.

%% Renders the tokens back at their lines and columns; the first line becomes line 1.
write_case(Dir, I, [{L0, _, _} | _] = Toks) ->
    Text = render(Toks, L0, 1, []),
    ok = file:write_file(filename:join(Dir, io_lib:format("mut~5..0w.erl", [I])), unicode:characters_to_binary(Text)).

render([], _, _, Acc) -> lists:reverse(Acc);
render([{L, C, Text} | Rest], Line, _Col, Acc) when L > Line ->
    render([{L, C, Text} | Rest], L, 1, [lists:duplicate(L - Line, $\n) | Acc]);
render([{_, C, Text} | Rest], Line, Col, Acc) ->
    Pad = lists:duplicate(max(0, C - Col), $\s),
    NewLines = length([X || X <- Text, X =:= $\n]),
    NewCol = case NewLines of 0 -> max(C, Col) + length(Text); _ -> length(lists:takewhile(fun(X) -> X =/= $\n end, lists:reverse(Text))) + 1 end,
    render(Rest, Line + NewLines, NewCol, [Text, Pad | Acc]).
