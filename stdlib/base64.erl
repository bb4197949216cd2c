%% base64: RFC 4648 base 64 encoding and decoding (the OTP 25 API, which has
%% no options map). Written from the OTP 25 documentation; the errors raised
%% for bad input were found by black-box tests against OTP 25:
%%
%% - encode: a list is read three items at a time; a non-integer item is
%%   badarith, an item whose bits do not fit a sextet is badarg, and a list
%%   that is improper or ends oddly is function_clause. Like OTP, items of
%%   more than eight bits are not refused when their extra bits are masked
%%   away (encode([1,256,0]) is <<"AQAA">>).
%% - decode (strict): whitespace (tab, LF, CR, space) is skipped; every other
%%   character is a symbol: a digit, '=' (eq) or invalid (bad). Symbols are
%%   taken four at a time: a group of 1 to 3 at the end is function_clause;
%%   '=' padding whose data symbol is not a digit is badarith; other groups
%%   holding eq or bad are badarg (badarith in decode_to_string); non-whitespace
%%   after padding is {case_clause, Symbol}. Character 0 and non-characters are
%%   badarg.
%% - mime_decode: invalid characters are skipped; an '=' ends the data only
%%   when no digit follows it (otherwise it is skipped too); a group of 1 to 3
%%   digits at the end is function_clause (one digit before the padding too).
-module(base64).

-export([encode/1, encode_to_string/1, decode/1, decode_to_string/1,
         mime_decode/1, mime_decode_to_string/1]).

-define(IS_WS(C), (C =:= $\s orelse C =:= $\t orelse C =:= $\n orelse C =:= $\r)).

%% Encoding ----------------------------------------------------------

encode(Bin) when is_binary(Bin) -> encode_binary(Bin, <<>>);
encode(List) when is_list(List) -> encode_list(List, <<>>).

encode_to_string(Data) -> binary_to_list(encode(Data)).

encode_binary(<<A, B, C, Rest/binary>>, Acc) ->
    encode_binary(Rest, append_triple((A bsl 16) bor (B bsl 8) bor C, Acc));
encode_binary(<<A, B>>, Acc) -> append_pair(A, B, Acc);
encode_binary(<<A>>, Acc) -> append_single(A, Acc);
encode_binary(<<>>, Acc) -> Acc.

encode_list([A, B, C | Rest], Acc) ->
    encode_list(Rest, append_triple((A bsl 16) bor (B bsl 8) bor C, Acc));
encode_list([A, B], Acc) -> append_pair(A, B, Acc);
encode_list([A], Acc) -> append_single(A, Acc);
encode_list([], Acc) -> Acc.

append_triple(N, Acc) ->
    S1 = digit(N bsr 18),
    S2 = digit((N bsr 12) band 63),
    S3 = digit((N bsr 6) band 63),
    S4 = digit(N band 63),
    <<Acc/binary, S1, S2, S3, S4>>.

append_pair(A, B, Acc) ->
    I1 = A bsr 2,
    I2 = ((A band 3) bsl 4) bor (B bsr 4),
    I3 = (B band 15) bsl 2,
    S1 = digit(I1),
    S2 = digit(I2),
    S3 = digit(I3),
    <<Acc/binary, S1, S2, S3, $=>>.

append_single(A, Acc) ->
    I1 = A bsr 2,
    I2 = (A band 3) bsl 4,
    S1 = digit(I1),
    S2 = digit(I2),
    <<Acc/binary, S1, S2, $=, $=>>.

%% The character of a sextet; anything else is badarg.
digit(I) when is_integer(I), I >= 0, I < 26 -> $A + I;
digit(I) when is_integer(I), I >= 26, I < 52 -> $a + I - 26;
digit(I) when is_integer(I), I >= 52, I < 62 -> $0 + I - 52;
digit(62) -> $+;
digit(63) -> $/;
digit(_) -> erlang:error(badarg).

%% The sextet of a character, eq for '=', bad for any other character.
symbol(C) when C >= $A, C =< $Z -> C - $A;
symbol(C) when C >= $a, C =< $z -> C - $a + 26;
symbol(C) when C >= $0, C =< $9 -> C - $0 + 52;
symbol($+) -> 62;
symbol($/) -> 63;
symbol($=) -> eq;
symbol(_) -> bad.

%% Strict decoding ---------------------------------------------------

decode(Data) -> strict_decode(Data, binary).

decode_to_string(Data) -> binary_to_list(strict_decode(Data, string)).

%% Mode (binary or string) only decides the error for a bad full group.
strict_decode(Bin, Mode) when is_binary(Bin) -> strict_groups(binary_to_list(Bin), Mode, <<>>);
strict_decode(List, Mode) when is_list(List) -> strict_groups(List, Mode, <<>>).

strict_groups(Chars, Mode, Acc) ->
    case strict_next(Chars) of
        eof -> Acc;
        {A, R1} ->
            {B, R2} = strict_next_in_group(R1),
            {C, R3} = strict_next_in_group(R2),
            {D, R4} = strict_next_in_group(R3),
            strict_group(A, B, C, D, R4, Mode, Acc)
    end.

strict_group(A, B, eq, eq, Rest, _Mode, Acc) ->
    Low = B bsr 4,
    Byte = strict_bits(A, 2) bor Low,
    strict_only_whitespace(Rest),
    <<Acc/binary, (Byte band 255)>>;
strict_group(A, B, C, eq, Rest, _Mode, Acc) ->
    Low = C bsr 2,
    N = (strict_bits(A, 12) bor strict_bits(B, 6)) bsr 2 bor Low,
    strict_only_whitespace(Rest),
    <<Acc/binary, ((N bsr 8) band 255), (N band 255)>>;
strict_group(A, B, C, D, Rest, Mode, Acc) ->
    case lists:all(fun erlang:is_integer/1, [A, B, C, D]) of
        true -> ok;
        false when Mode =:= string -> erlang:error(badarith);
        false -> erlang:error(badarg)
    end,
    N = (A bsl 18) bor (B bsl 12) bor (C bsl 6) bor D,
    strict_groups(Rest, Mode, <<Acc/binary, N:24>>).

%% A data symbol shifted into place; '=' or an invalid one is badarg.
strict_bits(S, Shift) when is_integer(S) -> S bsl Shift;
strict_bits(_, _) -> erlang:error(badarg).

strict_next_in_group(Chars) ->
    case strict_next(Chars) of
        eof -> erlang:error(function_clause);
        Next -> Next
    end.

strict_only_whitespace(Chars) ->
    case strict_next(Chars) of
        eof -> ok;
        {S, _} -> erlang:error({case_clause, S})
    end.

%% The next symbol, skipping whitespace.
strict_next([]) -> eof;
strict_next([C | Rest]) when ?IS_WS(C) -> strict_next(Rest);
strict_next([C | Rest]) when is_integer(C), C > 0, C =< 255 -> {symbol(C), Rest};
strict_next([_ | _]) -> erlang:error(badarg);
strict_next(_) -> erlang:error(function_clause).

%% MIME decoding -----------------------------------------------------

mime_decode(Bin) when is_binary(Bin) -> mime_digits(binary_to_list(Bin), [], <<>>);
mime_decode(List) when is_list(List) -> mime_digits(List, [], <<>>).

mime_decode_to_string(Data) -> binary_to_list(mime_decode(Data)).

%% Digits holds the digits of the current group, last first.
mime_digits([], [], Acc) -> Acc;
mime_digits([], _, _) -> erlang:error(function_clause);
mime_digits([C | Rest], Digits, Acc) ->
    case mime_symbol(C) of
        eq ->
            case mime_digit_follows(Rest) of
                true -> mime_digits(Rest, Digits, Acc);
                false -> mime_padded_end(Digits, Acc)
            end;
        bad -> mime_digits(Rest, Digits, Acc);
        S when length(Digits) =:= 3 ->
            [S3, S2, S1] = Digits,
            mime_digits(Rest, [], <<Acc/binary, S1:6, S2:6, S3:6, S:6>>);
        S -> mime_digits(Rest, [S | Digits], Acc)
    end;
mime_digits(_, _, _) -> erlang:error(function_clause).

mime_padded_end([], Acc) -> Acc;
mime_padded_end([S2, S1], Acc) -> <<Acc/binary, S1:6, (S2 bsr 4):2>>;
mime_padded_end([S3, S2, S1], Acc) -> <<Acc/binary, S1:6, S2:6, (S3 bsr 2):4>>;
mime_padded_end(_, _) -> erlang:error(function_clause).

mime_digit_follows([]) -> false;
mime_digit_follows([C | Rest]) ->
    case mime_symbol(C) of
        S when is_integer(S) -> true;
        _ -> mime_digit_follows(Rest)
    end;
mime_digit_follows(_) -> erlang:error(function_clause).

%% Whitespace counts as invalid: both are skipped.
mime_symbol(C) when is_integer(C), C >= 0, C =< 255 -> symbol(C);
mime_symbol(_) -> erlang:error(badarg).
