%% ets: the functions of OTP's ets module that take a fun.
%%
%% Everything else in ets is a Swift built-in (Sources/ErlangBuiltins/Ets). The
%% folds run here, in Erlang, so that the fun can be preempted or block like
%% any other Erlang code. Written from the OTP 25 documentation.
%%
%% A fold works on a snapshot of the table taken when it starts (OTP fixes the
%% table instead): objects inserted or deleted by the fun do not change what it
%% visits. A bad table is badarg from ets:safe_fixtable/2, as in OTP.
-module(ets).

-export([foldl/3, foldr/3]).

foldl(F, Acc, Table) ->
    true = ets:safe_fixtable(Table, true),
    fold(F, Acc, ets:tab2list(Table)).

%% Only an ordered_set has a last-to-first order; for the other table types
%% foldr visits the objects in the same order as foldl.
foldr(F, Acc, Table) ->
    true = ets:safe_fixtable(Table, true),
    Objects = ets:tab2list(Table),
    case ets:info(Table, type) of
        ordered_set -> fold(F, Acc, lists:reverse(Objects));
        _ -> fold(F, Acc, Objects)
    end.

%% OTP folds each key's objects with lists:foldl/3, so a bad fun is a
%% function_clause error from lists:foldl/3, and only when there is an object.
fold(F, Acc, [Object | Objects]) -> fold(F, lists:foldl(F, Acc, [Object]), Objects);
fold(_F, Acc, []) -> Acc.
