%% The parts of OTP's filelib written in Erlang; the rest are Swift BIFs
%% (Sources/ErlangBuiltins/File/FilelibBIFs.swift).
-module(filelib).
-export([fold_files/5]).

%% Folds Fun over the files below Dir whose names match the regular
%% expression RegExp (matched by the host's regular expression engine,
%% which agrees with re for ordinary patterns).
fold_files(Dir, RegExp, Recursive, Fun, Acc) when is_function(Fun, 2) ->
    lists:foldl(Fun, Acc, swerl_filelib:matching_files(Dir, RegExp, Recursive)).
