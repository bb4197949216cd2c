%% filename: Unix file names as lists or binaries (OTP 25's functions that
%% do not touch the file system, plus absname/1 which asks for the working
%% directory). Written from the OTP 25 documentation and black-box tests
%% against OTP 25.
%%
%% A name is a binary, an atom or a deep list of characters and atoms. A
%% function given a binary answers with a binary; a function of two names
%% answers with a binary when either is one, the list being encoded as UTF-8.
%% The functions work on character lists internally.
-module(filename).

-export([absname/1, absname/2, absname_join/2, append/2, basename/1,
         basename/2, dirname/1, extension/1, flatten/1, join/1, join/2,
         nativename/1, pathtype/1, rootname/1, rootname/2, split/1]).

%% Names ------------------------------------------------------------

%% {Kind, Chars}: Kind says how to give the answer back.
name(Bin) when is_binary(Bin) -> {binary, binary_to_list(Bin)};
name(Atom) when is_atom(Atom) -> {list, atom_to_list(Atom)};
name(List) when is_list(List) -> {list, characters(flatten(List))}.

characters(Chars) ->
    case lists:all(fun erlang:is_integer/1, Chars) of
        true -> Chars;
        false -> erlang:error(function_clause)
    end.

%% Two names in the same representation: bytes when either is a binary.
name_pair(A, B) ->
    {KindA, CharsA} = name(A),
    {KindB, CharsB} = name(B),
    case KindA =:= binary orelse KindB =:= binary of
        true -> {binary, as_bytes(KindA, CharsA), as_bytes(KindB, CharsB)};
        false -> {list, CharsA, CharsB}
    end.

as_bytes(binary, Bytes) -> Bytes;
as_bytes(list, Chars) -> binary_to_list(unicode:characters_to_binary(Chars)).

answer(list, Chars) -> Chars;
answer(binary, Bytes) -> list_to_binary(Bytes).

flatten(Bin) when is_binary(Bin) -> Bin;
flatten(Atom) when is_atom(Atom) -> atom_to_list(Atom);
flatten(List) when is_list(List) -> flatten_deep(List, []).

%% Atoms anywhere (even as the tail) stand for their characters; any other
%% item is kept.
flatten_deep([H | T], Rest) when is_list(H) -> flatten_deep(H, flatten_deep(T, Rest));
flatten_deep([H | T], Rest) when is_atom(H) -> atom_to_list(H) ++ flatten_deep(T, Rest);
flatten_deep([H | T], Rest) -> [H | flatten_deep(T, Rest)];
flatten_deep([], Rest) -> Rest;
flatten_deep(Atom, Rest) when is_atom(Atom) -> atom_to_list(Atom) ++ Rest.

%% Components -------------------------------------------------------

basename(Name) ->
    {Kind, Chars} = name(Name),
    answer(Kind, last_component(drop_one_trailing_slash(Chars))).

%% With an extension, a name ending in it loses it first; a name ending
%% in a slash then has an empty base name.
basename(Name, Ext) ->
    {Kind, Chars, ExtChars} = name_pair(Name, Ext),
    case strip_suffix(Chars, ExtChars) of
        {ok, Rest} -> answer(Kind, last_component(Rest));
        no -> answer(Kind, last_component(drop_one_trailing_slash(Chars)))
    end.

dirname(Name) ->
    {Kind, Chars} = name(Name),
    answer(Kind, directory(Chars)).

directory(Chars) ->
    case split_at_last_slash(Chars) of
        none -> ".";
        {Dir, _} ->
            case drop_trailing_slashes(Dir) of
                [] -> "/";
                Trimmed -> Trimmed
            end
    end.

%% From the last dot of the last component, unless that dot starts it.
extension(Name) ->
    {Kind, Chars} = name(Name),
    Last = last_component(Chars),
    case last_dot(Last) of
        Index when is_integer(Index), Index > 0 -> answer(Kind, lists:nthtail(Index, Last));
        _ -> answer(Kind, [])
    end.

%% Up to the last dot of the last component; a dot that starts a component
%% after a slash is kept (a whole name that starts with its dot is not).
rootname(Name) ->
    {Kind, Chars} = name(Name),
    {Dir, Last} = case split_at_last_slash(Chars) of
                      none -> {[], Chars};
                      {D, L} -> {D ++ "/", L}
                  end,
    case last_dot(Last) of
        none -> answer(Kind, Chars);
        0 when Dir =/= [] -> answer(Kind, Chars);
        Index -> answer(Kind, Dir ++ lists:sublist(Last, Index))
    end.

rootname(Name, Ext) ->
    {Kind, Chars, ExtChars} = name_pair(Name, Ext),
    case strip_suffix(Chars, ExtChars) of
        {ok, Rest} ->
            case lists:reverse(Rest) of
                [$/ | _] -> answer(Kind, Chars);
                _ -> answer(Kind, Rest)
            end;
        no -> answer(Kind, Chars)
    end.

split(Name) ->
    {Kind, Chars} = name(Name),
    Root = case Chars of
               [$/ | _] -> ["/"];
               _ -> []
           end,
    [answer(Kind, C) || C <- Root ++ components(Chars)].

pathtype(Name) when is_binary(Name); is_atom(Name); is_list(Name) ->
    case first_character(Name) of
        $/ -> absolute;
        _ -> relative
    end.

first_character(<<C, _/binary>>) -> C;
first_character(<<>>) -> none;
first_character(Atom) when is_atom(Atom) -> first_character(atom_to_list(Atom));
first_character([H | T]) when is_list(H); is_atom(H) ->
    case first_character(H) of
        none -> first_character(T);
        C -> C
    end;
first_character([C | _]) -> C;
first_character(_) -> none.

%% Joining ----------------------------------------------------------

join([Name]) ->
    {Kind, Chars} = name(Name),
    answer(Kind, normalize(Chars));
join([A, B | Rest]) -> join([join(A, B) | Rest]).

join(A, B) ->
    {Kind, CharsA, CharsB} = name_pair(A, B),
    Joined = case CharsB of
                 [] -> CharsA;
                 [$/ | _] -> CharsB;
                 _ -> CharsA ++ "/" ++ CharsB
             end,
    answer(Kind, normalize(Joined)).

nativename(Name) -> join([Name]).

absname(Name) ->
    {ok, Cwd} = file:get_cwd(),
    absname(Name, Cwd).

absname(Name, Dir) -> join(Dir, Name).

absname_join(Dir, Name) -> join(Dir, Name).

%% No normalising: the two names with a slash between them.
append(A, B) when is_binary(A); is_binary(B) ->
    <<(as_binary(A))/binary, $/, (as_binary(B))/binary>>;
append(A, B) -> A ++ "/" ++ B.

as_binary(Bin) when is_binary(Bin) -> Bin;
as_binary(Chars) -> unicode:characters_to_binary(Chars).

%% Repeated and trailing slashes go; so do "." components, except a
%% relative name's first one and a last one that ends the name.
normalize([]) -> [];
normalize(Chars) ->
    Components = components(Chars),
    EndsInDot = lists:last(Chars) =:= $.,
    {Root, Kept} = case Chars of
                       [$/ | _] -> {"/", drop_dots(Components, false, EndsInDot)};
                       _ -> {"", drop_dots(Components, true, EndsInDot)}
                   end,
    Root ++ lists:append(lists:join("/", Kept)).

drop_dots([], _, _) -> [];
drop_dots(["."], _, true) -> ["."];
drop_dots(["." | Rest], true, EndsInDot) -> ["." | drop_dots(Rest, false, EndsInDot)];
drop_dots(["." | Rest], false, EndsInDot) -> drop_dots(Rest, false, EndsInDot);
drop_dots([C | Rest], _, EndsInDot) -> [C | drop_dots(Rest, false, EndsInDot)].

%% Character-list helpers -------------------------------------------

%% The non-empty parts between slashes.
components(Chars) -> components(Chars, [], []).

components([$/ | Rest], [], Acc) -> components(Rest, [], Acc);
components([$/ | Rest], Part, Acc) -> components(Rest, [], [lists:reverse(Part) | Acc]);
components([C | Rest], Part, Acc) -> components(Rest, [C | Part], Acc);
components([], [], Acc) -> lists:reverse(Acc);
components([], Part, Acc) -> lists:reverse([lists:reverse(Part) | Acc]).

last_component(Chars) ->
    case split_at_last_slash(Chars) of
        none -> Chars;
        {_, Last} -> Last
    end.

split_at_last_slash(Chars) ->
    case lists:splitwith(fun(C) -> C =/= $/ end, lists:reverse(Chars)) of
        {_, []} -> none;
        {RevLast, [$/ | RevDir]} -> {lists:reverse(RevDir), lists:reverse(RevLast)}
    end.

drop_one_trailing_slash(Chars) ->
    case lists:reverse(Chars) of
        [$/ | Rev] -> lists:reverse(Rev);
        _ -> Chars
    end.

drop_trailing_slashes(Chars) ->
    lists:reverse(lists:dropwhile(fun(C) -> C =:= $/ end, lists:reverse(Chars))).

%% The 0-based index of the last dot, or none.
last_dot(Chars) -> last_dot(Chars, 0, none).

last_dot([$. | Rest], I, _) -> last_dot(Rest, I + 1, I);
last_dot([_ | Rest], I, Found) -> last_dot(Rest, I + 1, Found);
last_dot([], _, Found) -> Found.

strip_suffix(Chars, Suffix) ->
    case lists:suffix(Suffix, Chars) of
        true -> {ok, lists:sublist(Chars, length(Chars) - length(Suffix))};
        false -> no
    end.
