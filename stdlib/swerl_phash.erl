%% OTP's erlang:phash/2 (which swerl has no built-in for), shared by the
%% version-1 sets and dict, which place their elements by it.
-module(swerl_phash).
-export([hash_slot/2]).

%% OTP's erlang:phash(Term, Range), as observed in OTP 25 (the constants
%% were found by observing erlang:phash/2). The hash is computed along the
%% term with an accumulator: each atom, integer word, float, list or
%% binary byte and each tuple, list or binary end multiplies the
%% accumulator by a constant of its kind and adds its own value:
%%   atom     the PJW hash of its name
%%   integer  32 bits at a time, least significant first, each word a
%%            weighted sum of its bytes (other weights when negative)
%%   float    the exclusive or of its two 32-bit halves (0.0 for -0.0)
%%   tuple    its elements in turn, then its arity
%%   list     its elements in turn (bytes 0..255 by value), then its end
%%   binary   its bytes in turn, then its size
%% Other terms (bitstrings, pids, maps, improper lists, ...) are hashed with
%% swerl's erlang:phash2/1 instead, so they are not placed as in OTP.
hash_slot(Term, Range) ->
    H = try hash(Term, 0)
        catch throw:not_reproduced -> erlang:phash2(Term)
        end,
    H rem Range + 1.

hash(A, Acc) when is_atom(A) -> mix(Acc, 268440163, pjw(atom_text(A), 0));
hash(I, Acc) when is_integer(I), I >= 0 ->
    int_hash(I, {2788898427, 1920229267, 3221236587, 268435459}, mix(Acc, 2130147875, 0));
hash(I, Acc) when is_integer(I) ->
    int_hash(-I, {1680185269, 3765867549, 1613150661, 268436141}, mix(Acc, 3020987021, 0));
hash(F, Acc) when is_float(F), F == 0 -> mix(Acc, 268437017, 0);
hash(F, Acc) when is_float(F) ->
    <<High:32, Low:32>> = <<F/float>>,
    mix(Acc, 268437017, High bxor Low);
hash(T, Acc) when is_tuple(T) ->
    mix(tuple_hash(T, 1, Acc), 268439627, tuple_size(T));
hash(B, Acc) when is_binary(B) -> mix(binary_hash(B, Acc), 268436141, byte_size(B));
hash([], Acc) -> mix(Acc, 268435459, 1);
hash(L, Acc) when is_list(L) -> mix(list_hash(L, Acc), 2684360725, 268437511);
hash(_, _) -> throw(not_reproduced).

mix(Acc, Multiplier, Value) -> (Acc * Multiplier + Value) band 16#ffffffff.

tuple_hash(T, I, Acc) when I > tuple_size(T) -> Acc;
tuple_hash(T, I, Acc) -> tuple_hash(T, I + 1, hash(element(I, T), Acc)).

binary_hash(<<C, Rest/binary>>, Acc) -> binary_hash(Rest, mix(Acc, 268440163, C));
binary_hash(<<>>, Acc) -> Acc.

list_hash([C | Cs], Acc) when is_integer(C), C >= 0, C < 256 ->
    list_hash(Cs, mix(Acc, 268439161, C));
list_hash([E | Es], Acc) -> list_hash(Es, hash(E, Acc));
list_hash([], Acc) -> Acc;
list_hash(_, _) -> throw(not_reproduced).

%% A Latin-1 atom is hashed by its characters, any other by its UTF-8 bytes.
atom_text(A) ->
    Chars = atom_to_list(A),
    case lists:all(fun(C) -> C < 256 end, Chars) of
        true -> Chars;
        false -> binary_to_list(atom_to_binary(A, utf8))
    end.

pjw([C | Cs], H0) ->
    H = (H0 bsl 4) + C,
    case H band 16#f0000000 of
        0 -> pjw(Cs, H);
        G -> pjw(Cs, (H bxor (G bsr 24)) bxor G)
    end;
pjw([], H) -> H.

%% Acc already holds the previous accumulator times the integer's
%% multiplier; each further word multiplies it again.
int_hash(I, {W0, W1, W2, W3} = Weights, Acc) ->
    Word = (I band 255) * W0 + ((I bsr 8) band 255) * W1
        + ((I bsr 16) band 255) * W2 + ((I bsr 24) band 255) * W3,
    Acc1 = (Acc + Word) band 16#ffffffff,
    case I bsr 32 of
        0 -> Acc1;
        Rest -> int_hash(Rest, Weights, mix(Acc1, 3483882337, 0))
    end.
