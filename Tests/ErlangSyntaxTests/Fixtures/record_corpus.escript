#!/usr/bin/env escript
%% Builds a large parser corpus from OTP itself: the abstract code kept in the
%% installed OTP modules (debug_info) is printed back to source with erl_pp,
%% and each file's erl_parse result is recorded next to it, in the shape of
%% record_expectations.escript. Then run the comparison with
%%     SWERL_PARSE_CORPUS=DIR swift test --filter testCorpusMatchesErlParse
%% Usage: escript record_corpus.escript DIR
-mode(compile).

main([Dir]) ->
    ok = filelib:ensure_dir(filename:join(Dir, "x")),
    Apps = [stdlib, kernel, compiler, syntax_tools, eunit, sasl, crypto],
    Mods = lists:append([app_modules(A) || A <- Apps]),
    N = lists:foldl(fun(M, Acc) -> Acc + write_module(Dir, M) end, 0, Mods),
    Recorder = filename:join(filename:dirname(escript:script_name()), "record_expectations.escript"),
    io:put_chars(os:cmd("escript " ++ Recorder ++ " --corpus " ++ Dir)),
    io:format("wrote ~p modules to ~s~n", [N, Dir]).

app_modules(App) ->
    case code:lib_dir(App, ebin) of
        {error, _} -> [];
        Ebin -> [list_to_atom(filename:basename(F, ".beam")) || F <- filelib:wildcard(filename:join(Ebin, "*.beam"))]
    end.

write_module(Dir, M) ->
    case beam_lib:chunks(code:which(M), [debug_info]) of
        {ok, {_, [{debug_info, {debug_info_v1, erl_abstract_code, {Forms, _}}}]}} when is_list(Forms) ->
            Text = [[erl_pp:form(F, [{encoding, utf8}]), "\n"] || F <- Forms, keep(F)],
            Name = filename:join(Dir, atom_to_list(M)),
            ok = file:write_file(Name ++ ".erl", unicode:characters_to_binary(Text)),
            1;
        _ -> 0
    end.

keep({eof, _}) -> false;
keep({attribute, _, file, _}) -> false;
keep(_) -> true.
