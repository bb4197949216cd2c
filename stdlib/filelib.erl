%% The parts of OTP's filelib written in Erlang; the rest are Swift BIFs
%% (Sources/ErlangBuiltins/File/FilelibBIFs.swift).
-module(filelib).
-export([fold_files/5]).

%% Folds Fun over the files below Dir (in file:list_dir/1's order, descending into
%% subdirectories when Recursive) whose names match the regular expression RegExp.
fold_files(Dir, RegExp, Recursive, Fun, Acc) when is_function(Fun, 2) ->
    {ok, Compiled} = re:compile(RegExp, [unicode]),
    fold_dir(Dir, Compiled, Recursive, Fun, Acc).

fold_dir(Dir, RegExp, Recursive, Fun, Acc) ->
    case file:list_dir(Dir) of
        {ok, Names} -> fold_names(Names, Dir, RegExp, Recursive, Fun, Acc);
        {error, _} -> Acc
    end.

fold_names([], _Dir, _RegExp, _Recursive, _Fun, Acc) ->
    Acc;
fold_names([Name | Names], Dir, RegExp, Recursive, Fun, Acc0) ->
    Full = filename:join(Dir, Name),
    Acc = case filelib:is_dir(Full) of
              true when Recursive -> fold_dir(Full, RegExp, Recursive, Fun, Acc0);
              true -> Acc0;
              false ->
                  case re:run(Name, RegExp, [{capture, none}]) of
                      match -> Fun(Full, Acc0);
                      nomatch -> Acc0
                  end
          end,
    fold_names(Names, Dir, RegExp, Recursive, Fun, Acc).
