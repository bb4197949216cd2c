%% io_lib: the functions of OTP's io_lib module written in Erlang.
%%
%% Formatting and the text helpers are Swift built-ins
%% (Sources/ErlangBuiltins/Format); the interpreter loads this file the first
%% time an io_lib function without a built-in is called. Here: fread/2,3, the
%% formatted input that io:fread/2,3 (stdlib/io.erl) also uses, and
%% limit_term/2.
%%
%% Written from the OTP 25 documentation and black-box tests against escript,
%% as these observations:
%%  - whitespace in the format (space, tab, CR, LF) skips any such whitespace
%%    in the input; any other character must match the next input character
%%    ({error, {fread, input}} if not);
%%  - a control is ~[*][Width][t]C. Before it (and before a plain character)
%%    empty input asks for more: {more, RestFormat, Nchars, ReversedResults};
%%  - a field width takes exactly Width characters of the line (no newline);
%%    d, f, # and s/a then drop the field's surrounding whitespace;
%%  - fread/3 works line by line: each line without its line end goes
%%    through fread/2's scanner, and a line that runs out asks for the next.
-module(io_lib).

-export([fread/2, fread/3, limit_term/2]).

%% Whitespace as fread sees it (form feed and vertical tab are not).
-define(WHITE(C), (C =:= $\s orelse C =:= $\t orelse C =:= $\r orelse C =:= $\n)).

%% ---------------------------------------------------------------------------
%% fread/2

fread(Format, Chars) -> scan(Format, Chars, 0, []).

%% scan(Format, Input, CharsScanned, ReversedResults)
scan([], In, _N, Acc) -> {ok, lists:reverse(Acc), In};
scan([$~ | F], In, N, Acc) ->
    case control(F) of
        {Suppress, _Width, _Unicode, $l, F1} ->
            scan(F1, In, N, push(Suppress, N, Acc));
        _ when In =:= [] -> {more, [$~ | F], N, Acc};
        {Suppress, Width, Unicode, C, F1} ->
            case field(C, Width, Unicode, In) of
                {ok, Value, In1, Used} -> scan(F1, In1, N + Used, push(Suppress, Value, Acc));
                skip -> scan(F1, tl(In), N + 1, Acc);
                Error -> Error
            end;
        error -> {error, {fread, format}}
    end;
scan([C | F], In, N, Acc) when ?WHITE(C) ->
    {In1, Skipped} = skip_white(In, 0),
    scan(F, In1, N + Skipped, Acc);
scan([C | F], [C | In], N, Acc) -> scan(F, In, N + 1, Acc);
scan([C | F], [], N, Acc) -> {more, [C | F], N, Acc};
scan([_ | _], In, _N, _Acc) when is_list(In) -> {error, {fread, input}}.

push(true, _Value, Acc) -> Acc;
push(false, Value, Acc) -> [Value | Acc].

%% The text after "~": {Suppress, Width | none, Unicode, ControlChar, Rest} or error.
control(F0) ->
    {Suppress, F1} = case F0 of [$* | R] -> {true, R}; _ -> {false, F0} end,
    {Width, F2} = width(F1, none),
    {Unicode, F3} = case F2 of [$t | R3] -> {true, R3}; _ -> {false, F2} end,
    case F3 of
        [C | F4] when C =:= $d; C =:= $u; C =:= $-; C =:= $#; C =:= $f; C =:= $s;
                      C =:= $a; C =:= $c; C =:= $l; C =:= $~ ->
            {Suppress, Width, Unicode, C, F4};
        _ -> error
    end.

width([D | F], W) when D >= $0, D =< $9 ->
    width(F, case W of none -> D - $0; _ -> W * 10 + D - $0 end);
width(F, W) -> {W, F}.

%% One control against non-empty input: {ok, Value, Rest, CharsUsed}, skip (the
%% ~~ that matched), or {error, {fread, What}}.
field($~, _Width, _Unicode, [$~ | _]) -> skip;
field($~, _Width, _Unicode, _In) -> {error, {fread, format}};
field($-, _Width, _Unicode, [$- | In]) -> {ok, -1, In, 1};
field($-, _Width, _Unicode, [$+ | In]) -> {ok, 1, In, 1};
field($-, _Width, _Unicode, In) -> {ok, 1, In, 0};
field($u, Base, _Unicode, _In) when is_integer(Base), (Base < 2 orelse Base > 36) ->
    {error, {fread, format}};
field($u, Width, _Unicode, In) ->
    Base = case Width of none -> 10; _ -> Width end,
    case digits(In, Base, []) of
        {[], _} -> fail(unsigned);
        {Ds, In1} ->
            case to_integer(Ds, Base) of
                {ok, Value} -> {ok, Value, In1, length(Ds)};
                error -> fail(unsigned)
            end
    end;
field($c, Width, Unicode, In) ->
    W = case Width of none -> 1; _ -> Width end,
    case take(W, In, Unicode, []) of
        {ok, Chars, In1} -> {ok, Chars, In1, W};
        error -> fail(character)
    end;
field(C, none, Unicode, In) ->
    {In1, Skipped} = skip_white(In, 0),
    case C of
        $s -> word(In1, Unicode, Skipped, fun(S) -> S end, string);
        $a -> word(In1, Unicode, Skipped, fun list_to_atom/1, atom);
        _ ->
            case number(C, In1) of
                {ok, Value, In2} -> {ok, Value, In2, Skipped + used(In1, In2)};
                error -> fail(what(C))
            end
    end;
field(C, Width, Unicode, In) ->
    case take(Width, In, Unicode, []) of
        {ok, Chars, In1} -> whole_field(C, Chars, Width, In1);
        error -> fail(what(C))
    end.

%% A ~s or ~a word (possibly empty): characters up to whitespace, or up to one
%% above 255 without the t modifier.
%% An empty word before such a character is an error (OTP: {fread, string}).
word(In, Unicode, Skipped, Convert, What) ->
    case word_chars(In, Unicode, []) of
        {[], [C | _]} when is_integer(C), C > 255 -> fail(What);
        {Word, In1} -> {ok, Convert(Word), In1, Skipped + length(Word)}
    end.

word_chars([C | In], Unicode, Acc) when is_integer(C), not ?WHITE(C), (Unicode orelse C =< 255) ->
    word_chars(In, Unicode, [C | Acc]);
word_chars(In, _Unicode, Acc) when is_list(In) -> {lists:reverse(Acc), In}.

%% A field of exactly Width characters holding one value (after its whitespace
%% is dropped).
whole_field(C, Chars, Width, In) ->
    {Inner, _} = skip_white(Chars, 0),
    Trimmed = lists:reverse(element(1, skip_white(lists:reverse(Inner), 0))),
    case C of
        $s -> {ok, Trimmed, In, Width};
        $a -> {ok, list_to_atom(Trimmed), In, Width};
        _ ->
            case number(C, Inner) of
                {ok, Value, []} -> {ok, Value, In, Width};
                _ -> fail(what(C))
            end
    end.

what($d) -> integer;
what($f) -> float;
what($#) -> based;
what($s) -> string;
what($a) -> atom.

fail(What) -> {error, {fread, What}}.

%% Width characters of the current line: {ok, Chars, Rest} or error.
take(0, In, _Unicode, Acc) -> {ok, lists:reverse(Acc), In};
take(W, [C | In], Unicode, Acc) when C =/= $\n, is_integer(C), C >= 0, (Unicode orelse C =< 255) ->
    take(W - 1, In, Unicode, [C | Acc]);
take(_W, _In, _Unicode, _Acc) -> error.

skip_white([C | In], N) when ?WHITE(C) -> skip_white(In, N + 1);
skip_white(In, N) -> {In, N}.

used(Before, After) -> cells(Before) - cells(After).

%% The number of list cells (the input may end improperly, as OTP allows).
cells([_ | T]) -> 1 + cells(T);
cells(_) -> 0.

%% The number a d, f or # control reads at the start of In: {ok, Value, Rest} or error.
number(C, In) ->
    {Sign, In1} = sign(In),
    case C of
        $d ->
            case decimal(In1) of
                {[], _} -> error;
                {Ds, In2} -> {ok, Sign * list_to_integer(Ds), In2}
            end;
        $# -> based(Sign, In1);
        $f -> float_number(Sign, In1)
    end.

sign([$- | In]) -> {-1, In};
sign([$+ | In]) -> {1, In};
sign(In) -> {1, In}.

decimal(In) -> decimal(In, []).

decimal([C | In], Acc) when is_integer(C), C >= $0, C =< $9 -> decimal(In, [C | Acc]);
decimal(In, Acc) -> {lists:reverse(Acc), In}.

based(Sign, In) ->
    case decimal(In) of
        {[_ | _] = BaseDs, [$# | In1]} -> based_digits(Sign, list_to_integer(BaseDs), In1);
        _ -> error
    end.

based_digits(Sign, Base, In) when Base >= 2, Base =< 36 ->
    case digits(In, Base, []) of
        {[_ | _] = Ds, In1} ->
            case to_integer(Ds, Base) of
                {ok, Value} -> {ok, Sign * Value, In1};
                error -> error
            end;
        _ -> error
    end;
based_digits(_Sign, _Base, _In) -> error.

%% Digits of Base: the decimal digits always (so "2" in base 2 is an error
%% later, as OTP), letters only when they are digits of Base.
digits([C | In], Base, Acc) when is_integer(C), C >= $0, C =< $9 -> digits(In, Base, [C | Acc]);
digits([C | In], Base, Acc) when is_integer(C), C >= $a, C =< $z, C - $a + 10 < Base -> digits(In, Base, [C | Acc]);
digits([C | In], Base, Acc) when is_integer(C), C >= $A, C =< $Z, C - $A + 10 < Base -> digits(In, Base, [C | Acc]);
digits(In, _Base, Acc) -> {lists:reverse(Acc), In}.

to_integer(Ds, Base) ->
    try {ok, list_to_integer(Ds, Base)} catch error:badarg -> error end.

%% Erlang float syntax: Digits "." Digits [("e" | "E") [Sign] Digits]; an "e"
%% without a valid exponent is an error, as is a value out of range.
float_number(Sign, In) ->
    case decimal(In) of
        {[_ | _] = Int, [$. | In1]} -> fraction(Sign, Int, decimal(In1));
        _ -> error
    end.

fraction(Sign, Int, {[_ | _] = Frac, In}) ->
    case exponent(In) of
        {ok, Exp, In1} -> make_float(Sign, Int ++ "." ++ Frac ++ Exp, In1);
        error -> error
    end;
fraction(_Sign, _Int, _) -> error.

exponent([E | In]) when E =:= $e; E =:= $E ->
    {ExpSign, In1} = case In of
                         [S | R] when S =:= $+; S =:= $- -> {[S], R};
                         _ -> {[], In}
                     end,
    case decimal(In1) of
        {[], _} -> error;
        {Ds, In2} -> {ok, "e" ++ ExpSign ++ Ds, In2}
    end;
exponent(In) -> {ok, [], In}.

make_float(Sign, Text, In) ->
    try list_to_float(Text) of
        F -> {ok, Sign * F, In}
    catch error:badarg -> error
    end.

%% ---------------------------------------------------------------------------
%% fread/3: the continuation is [] at first, then
%% {RestFormat, ReversedCharsOfTheUnfinishedLine, CharsScanned, ReversedResults}.
%% At the end of input (eof or any other non-list), the unfinished line is read
%% as a last line; nothing read and nothing found is eof.

fread([], Chars, Format) -> fread({Format, [], 0, []}, Chars, Format);
fread({Format, Line, N, Acc}, Chars, _) when is_list(Chars) ->
    split_line(lists:reverse(Line, Chars), [], Format, N, Acc);
fread({Format, [$\r | Line], N, Acc}, Eof, _) ->
    % The "\r" that waited for a "\n" ends the line.
    case line(Format, lists:reverse(Line), "\r", N, Acc, []) of
        {more, Cont} -> fread(Cont, Eof, Format);
        {done, {error, _} = Error, _} -> {done, Error, Eof};
        Done -> Done
    end;
fread({Format, Line, N, Acc}, Eof, _) ->
    case scan(Format, lists:reverse(Line), N, Acc) of
        {ok, Results, Rest} -> {done, {ok, Results}, Rest};
        {more, _, 0, []} -> {done, eof, Eof};
        {more, _, _, _} -> {done, {error, {fread, input}}, Eof};
        Error -> {done, Error, Eof}
    end.

%% split_line(Text, ReversedLine, ...): Text is the unfinished line and the new
%% chunk. Lines end with "\n", "\r\n" or a "\r" before anything else; a "\r"
%% that ends the chunk waits for the next one. A chunk ending improperly ends
%% the input.
split_line([$\n | More], Rev, Format, N, Acc) -> line(Format, lists:reverse(Rev), "\n", N, Acc, More);
split_line([$\r, $\n | More], Rev, Format, N, Acc) -> line(Format, lists:reverse(Rev), "\r\n", N, Acc, More);
split_line([$\r], Rev, Format, N, Acc) -> {more, {Format, [$\r | Rev], N, Acc}};
split_line([$\r | More], Rev, Format, N, Acc) -> line(Format, lists:reverse(Rev), "\r", N, Acc, More);
split_line([C | More], Rev, Format, N, Acc) -> split_line(More, [C | Rev], Format, N, Acc);
split_line([], Rev, Format, N, Acc) -> {more, {Format, Rev, N, Acc}};
split_line(Tail, Rev, Format, N, Acc) -> fread({Format, Rev, N, Acc}, Tail, Format).

%% A whole line, without its End: what the format reads of it, or the next line.
line(Format, Line, End, N, Acc, More) ->
    case scan(Format, Line, N, Acc) of
        {ok, Results, []} -> {done, {ok, Results}, More};
        {ok, Results, Rest} -> {done, {ok, Results}, Rest ++ End ++ More};
        {more, Format1, N1, Acc1} -> fread({Format1, [], N1 + length(End), Acc1}, More, Format1);
        Error -> {done, Error, More}
    end.

%% ---------------------------------------------------------------------------
%% limit_term(Term, Depth): Term with what lies below Depth replaced by '...',
%% so that ~p of the result shows what ~P with Depth shows. Observed in OTP 25:
%% the Nth element of a list or tuple is one level deeper than the one before
%% it (the rest becomes '...'), a printable list counts as one element, a map
%% keeps its first Depth + 1 associations (values one level deeper, keys
%% whole), and binaries and other atomic terms stay whole. A negative or
%% non-integer depth means no limit.

limit_term(Term, Depth) when is_integer(Depth), Depth >= 0 -> limit(Term, Depth);
limit_term(Term, _Depth) -> Term.

limit(_Term, 0) -> '...';
limit([_ | _], 1) -> ['...'];
limit([_ | _] = List, Depth) ->
    case io_lib:printable_list(List) of
        true -> List;
        false -> limit_list(List, Depth)
    end;
limit(Tuple, Depth) when is_tuple(Tuple) ->
    list_to_tuple(limit_list(tuple_to_list(Tuple), Depth));
limit(Map, Depth) when is_map(Map) ->
    limit_map(maps:next(maps:iterator(Map)), Depth + 1, Depth - 1, #{});
limit(Term, _Depth) -> Term.

%% The elements (and an improper tail) of a list at Depth >= 1.
limit_list([], _Depth) -> [];
limit_list([_ | _], 1) -> ['...'];
limit_list([H | T], Depth) -> [limit(H, Depth - 1) | limit_list(T, Depth - 1)];
limit_list(_Tail, 1) -> ['...'];
limit_list(Tail, Depth) -> limit(Tail, Depth).

limit_map(none, _Left, _Depth, Acc) -> Acc;
limit_map(_Next, 0, _Depth, Acc) -> Acc;
limit_map({K, V, I}, Left, Depth, Acc) ->
    limit_map(maps:next(I), Left - 1, Depth, Acc#{K => limit(V, Depth)}).
