%% proplists: property lists, written from the OTP 25 documentation.
%%
%% A property list is a list of entries: an atom A stands for {A, true}, a
%% tuple whose first element is K is an entry with key K, and anything else
%% is ignored. Keys are matched exactly (=:=), so 1 and 1.0 differ.
%%
%% Each function walks the list itself, so an improper list fails with
%% function_clause in the function called, as in OTP. As in lists.erl,
%% -file attributes and the layout give those frames OTP 25's line numbers.
-module(proplists).

-export([append_values/2, compact/1, delete/2, expand/2, from_map/1,
         get_all_values/2, get_bool/2, get_keys/1, get_value/2, get_value/3,
         is_defined/2, lookup/2, lookup_all/2, normalize/2, property/1,
         property/2, split/2, substitute_aliases/2, substitute_negations/2,
         to_map/1, to_map/2, unfold/1]).

%% ---------------------------------------------------------------------
%% Normal forms: {A, true} is written A.

property({Key, true}) when is_atom(Key) -> Key;
property(Property) -> Property.

property(Key, true) when is_atom(Key) -> Key;
property(Key, Value) -> {Key, Value}.

-file("proplists.erl", 114).
compact(List) ->
    [property(P) || P <- List].

-file("proplists.erl", 95).
unfold([P | Ps]) ->
    if
        is_atom(P) -> [{P, true} | unfold(Ps)];
        true ->
            [P | unfold(Ps)]
    end;
unfold([]) -> [].

%% ---------------------------------------------------------------------
%% Looking up entries.

-file("proplists.erl", 133).
lookup(Key, [P | Ps]) ->
    case P of
        Key when is_atom(P) -> {Key, true};
        _ when tuple_size(P) >= 1, element(1, P) =:= Key -> P;
        _ -> lookup(Key, Ps)
    end;
lookup(_Key, []) -> none.

-file("proplists.erl", 155).
lookup_all(Key, [P | Ps]) ->
    case P of
        Key when is_atom(P) -> [{Key, true} | lookup_all(Key, Ps)];
        _ when tuple_size(P) >= 1, element(1, P) =:= Key ->
            [P | lookup_all(Key, Ps)];
        _ -> lookup_all(Key, Ps)
    end;
lookup_all(_Key, []) -> [].

-file("proplists.erl", 177).
is_defined(Key, [P | Ps]) ->
    case P of
        Key when is_atom(P) -> true;
        _ when tuple_size(P) >= 1, element(1, P) =:= Key -> true;
        _ -> is_defined(Key, Ps)
    end;
is_defined(_Key, []) -> false.

get_value(Key, List) -> get_value(Key, List, undefined).

%% Only a {Key, Value} entry has a value: when the first entry of Key is
%% some other tuple, the result is Default.
-file("proplists.erl", 215).
get_value(Key, [P | Ps], Default) ->
    case P of
        Key when is_atom(P) -> true;
        {Key, Value} -> Value;
        _ when tuple_size(P) >= 1, element(1, P) =:= Key -> Default;
        _ -> get_value(Key, Ps, Default)
    end;
get_value(_Key, [], Default) -> Default.

-file("proplists.erl", 306).
get_bool(Key, [P | Ps]) ->
    case P of
        Key when is_atom(P) -> true;
        {Key, Value} -> Value =:= true;
        _ when tuple_size(P) >= 1, element(1, P) =:= Key -> false;
        _ -> get_bool(Key, Ps)
    end;
get_bool(_Key, []) -> false.

-file("proplists.erl", 243).
get_all_values(Key, [P | Ps]) ->
    case P of
        Key when is_atom(P) -> [true | get_all_values(Key, Ps)];
        %% Only 2-tuples have a value; other entries of the key and terms
        %% that are not entries are skipped.
        {Key, Value} ->
            [Value | get_all_values(Key, Ps)];
        _ -> get_all_values(Key, Ps)
    end;
get_all_values(_Key, []) -> [].

%% Like get_all_values/2, with the values that are lists spliced in.
-file("proplists.erl", 273).
append_values(Key, [P | Ps]) ->
    case P of
        Key when is_atom(P) -> [true | append_values(Key, Ps)];
        %% A list value is spliced in, any other value is added; other
        %% entries of the key and terms that are not entries are skipped.
        {Key, Values} when is_list(Values) ->
            Values ++ append_values(Key, Ps);
        {Key, Value} ->
            [Value | append_values(Key, Ps)];
        _ -> append_values(Key, Ps)
    end;
append_values(_Key, []) -> [].

%% The keys, each once, in the order they first appear. (OTP documents the
%% order as unspecified; its order comes from a hash set.)
-file("proplists.erl", 332).
get_keys(List) ->
    {_Seen, Keys} = get_keys(List, {#{}, []}),
    lists:reverse(Keys).

-file("proplists.erl", 335).
get_keys([P | Ps], {Seen, Keys} = Acc) ->
    case key(P) of
        {ok, Key} when not is_map_key(Key, Seen) -> get_keys(Ps, {Seen#{Key => true}, [Key | Keys]});
        _ -> get_keys(Ps, Acc)
    end;
get_keys([], Acc) -> Acc.

%% The key of an entry, or none for a term that is not an entry.
key(P) when is_atom(P) -> {ok, P};
key(P) when tuple_size(P) >= 1 -> {ok, element(1, P)};
key(_) -> none.

-file("proplists.erl", 356).
delete(Key, [P | Ps]) ->
    case P of
        Key when is_atom(P) -> delete(Key, Ps);
        _ when tuple_size(P) >= 1, element(1, P) =:= Key -> delete(Key, Ps);
        _ ->
            %% not an entry of Key: kept
            [P | delete(Key, Ps)]
    end;
delete(_Key, []) -> [].

%% split(List, Keys) -> {[EntriesOfKey1, ...], Rest}
-file("proplists.erl", 644).
split(List, Keys) ->
    {Groups, Rest} = split(List, maps:from_list([{K, []} || K <- Keys]), []),
    {[lists:reverse(maps:get(K, Groups)) || K <- Keys], lists:reverse(Rest)}.

-file("proplists.erl", 649).
split([P | Ps], Store, Rest) ->
    case key(P) of
        {ok, K} when is_map_key(K, Store) ->
            split(Ps, Store#{K := [P | maps:get(K, Store)]}, Rest);
        _ -> split(Ps, Store, [P | Rest])
    end;
split([], Store, Rest) -> {Store, Rest}.

%% ---------------------------------------------------------------------
%% Rewriting lists.

%% Aliases: [{K1, K2}]; an entry with key K1 gets key K2 (the first alias
%% of K1 counts).
-file("proplists.erl", 391).
substitute_aliases(Aliases, List) ->
    [substitute_aliases_1(Aliases, P) || P <- List].

-file("proplists.erl", 394).
substitute_aliases_1([{From, To} | Aliases], P) ->
    case P of
        From when is_atom(P) -> To;
        _ when tuple_size(P) >= 1, element(1, P) =:= From -> setelement(1, P, To);
        _ -> substitute_aliases_1(Aliases, P)
    end;
substitute_aliases_1([], P) -> P.

%% Negations: [{K1, K2}]; K1 or {K1, true} becomes {K2, false}, any other
%% entry with key K1 becomes K2.
-file("proplists.erl", 435).
substitute_negations(Negations, List) ->
    [substitute_negations_1(Negations, P) || P <- List].

-file("proplists.erl", 438).
substitute_negations_1([{From, To} | Negations], P) ->
    case P of
        From when is_atom(P) -> {To, false};
        {From, true} -> {To, false};
        _ when tuple_size(P) >= 1, element(1, P) =:= From -> To;
        _ -> substitute_negations_1(Negations, P)
    end;
substitute_negations_1([], P) -> P.

%% Expansions: [{Property, [Term]}]. For each expansion in turn, the first
%% entry with the key of Property is replaced by the terms when it has the
%% same normal form as Property, and the later entries with that key are
%% dropped; only the first expansion of a key is used, and inserted terms
%% are not expanded again. Finally every element that is a list is spliced
%% into the result (so are the lists of inserted terms). (OTP's internal
%% functions differ: with an improper list, other frames are reported.)
-file("proplists.erl", 501).
expand(Expansions, List) when is_list(List) ->
    Usable = [{K, property(P), Terms} || {P, Terms} <- Expansions, {ok, K} <- [key(P)]],
    Tagged = expand_1(first_of_each_key(Usable, #{}), tag(List)),
    flatten([untag(E) || E <- Tagged]).

first_of_each_key([{K, _, _} = Expansion | Rest], Seen) ->
    case is_map_key(K, Seen) of
        true -> first_of_each_key(Rest, Seen);
        false -> [Expansion | first_of_each_key(Rest, Seen#{K => true})]
    end;
first_of_each_key([], _Seen) -> [].

expand_1([{K, Normal, Terms} | Rest], Tagged) ->
    expand_1(Rest, expand_key(K, Normal, Terms, Tagged));
expand_1([], Tagged) -> Tagged.

%% Elements are {entry, P} for an original entry, {terms, Terms} for what
%% an expansion inserted.
expand_key(K, Normal, Terms, [{entry, P} = E | Es]) ->
    case has_key(K, P) of
        true ->
            case property(P) =:= Normal of
                true -> [{terms, Terms} | [X || X <- Es, not is_entry_of(K, X)]];
                false -> [E | Es]
            end;
        false -> [E | expand_key(K, Normal, Terms, Es)]
    end;
expand_key(K, Normal, Terms, [E | Es]) ->
    [E | expand_key(K, Normal, Terms, Es)];
expand_key(_K, _Normal, _Terms, []) -> [].

is_entry_of(K, {entry, P}) -> has_key(K, P);
is_entry_of(_K, {terms, _}) -> false.

has_key(K, P) when is_atom(P) -> P =:= K;
has_key(K, P) when tuple_size(P) >= 1 -> element(1, P) =:= K;
has_key(_K, _P) -> false.

tag([P | Ps]) -> [{entry, P} | tag(Ps)];
tag([]) -> [].

untag({_, X}) -> X.

flatten([H | T]) when is_list(H) -> H ++ flatten(T);
flatten([H | T]) -> [H | flatten(T)];
flatten([]) -> [].

%% Stages: [{aliases, A} | {negations, N} | {expand, E}], then compact/1.
-file("proplists.erl", 611).
normalize(List, Stages) -> compact(apply_stages(List, Stages)).

apply_stages(List, [{aliases, Aliases} | Stages]) ->
    apply_stages(substitute_aliases(Aliases, List), Stages);
apply_stages(List, [{negations, Negations} | Stages]) ->
    apply_stages(substitute_negations(Negations, List), Stages);
apply_stages(List, [{expand, Expansions} | Stages]) ->
    apply_stages(expand(Expansions, List), Stages);
apply_stages(List, []) -> List.

%% ---------------------------------------------------------------------
%% Maps. The entry nearest the head wins, as with get_value/2.

to_map(List) ->
    lists:foldr(fun to_map_entry/2, #{}, List).

to_map_entry(P, Map) when is_atom(P) -> Map#{P => true};
to_map_entry({K, V}, Map) -> Map#{K => V};
to_map_entry(_, Map) -> Map.

%% The stages as in normalize/2, without compacting (which would not
%% change the map).
-file("proplists.erl", 738).
to_map(List, Stages) ->
    to_map(apply_stages(List, Stages)).

from_map(Map) -> maps:to_list(Map).
