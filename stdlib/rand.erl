%% rand: pseudo random numbers, written from the OTP 25 documentation and
%% from observing OTP's results (black-box: same seed, same numbers).
%%
%% A state is {AlgHandler, AlgState}. AlgHandler is a map naming the
%% algorithm (type) and its word size (bits, or max for the deprecated
%% algorithms) plus funs, as in OTP; AlgState is the generator's words:
%%   exsss, exsp, exsplus, exrop  [S0|S1]           two 58-bit words
%%   exs1024s, exs1024            {Words, Used}     sixteen 64-bit words
%%   exro928ss                    {Words, Used}     sixteen 58-bit words
%%   exs64                        X                 one 64-bit word
%% {Words, Used} is a ring of sixteen words: the head of Words is the
%% current position, Used holds the words already passed, newest first.
%%
%% Generators (all published): xorshift116 (shifts 24, 11, 41) with the
%% '**' scrambler (exsss) or the '+' output (exsp, exsplus); xoroshiro116+
%% (exrop; rotations 24, 35 and shift 2); xorshift1024* (exs1024s);
%% xoroshiro928** (exro928ss; 44, 9, 45); xorshift64* (exs64). Integer
%% seeds are expanded with splitmix64.
%%
%% Deviation: normal/0,2 and normal_s/1,3 are statistically correct but
%% do not reproduce OTP's numbers (OTP uses its own ziggurat tables).
-module(rand).

-export([seed/1, seed/2, seed_s/1, seed_s/2, export_seed/0, export_seed_s/1,
         uniform/0, uniform/1, uniform_s/1, uniform_s/2,
         uniform_real/0, uniform_real_s/1, normal/0, normal/2, normal_s/1,
         normal_s/3, bytes/1, bytes_s/2, jump/0, jump/1]).

-define(MASK(Bits, X), ((X) band ((1 bsl (Bits)) - 1))).
-define(GOLDEN, 16#9e3779b97f4a7c15).
-define(DEFAULT_ALG, exsss).

%% ---------------------------------------------------------------------
%% Seeding

seed(Alg) ->
    remember(seed_s(Alg)).

seed(Alg, Seed) ->
    remember(seed_s(Alg, Seed)).

seed_s({AlgHandler, _AlgState} = State) when is_map(AlgHandler) ->
    State;
seed_s({Alg, AlgState}) when is_atom(Alg) ->
    {handler(Alg), AlgState};
seed_s(Alg) ->
    seed_s(Alg, default_seed()).

seed_s(Alg, Seed) ->
    Handler = handler(Alg),
    {Handler, seed_alg(Alg, Seed)}.

remember(State) ->
    put(rand_seed, State),
    State.

%% Unseeded use: like OTP, mix the clock and a unique integer.
default_seed() ->
    {erlang:phash2([{node(), self()}]),
     erlang:system_time(),
     erlang:unique_integer()}.

export_seed() ->
    case get(rand_seed) of
        undefined -> undefined;
        State -> export_seed_s(State)
    end.

export_seed_s({#{type := Alg}, AlgState}) -> {Alg, AlgState}.

%% The process's state, seeded on first use.
current() ->
    case get(rand_seed) of
        undefined -> seed(?DEFAULT_ALG);
        State -> State
    end.

handler(exsss) -> modern(exsss, 58, undefined);
handler(exro928ss) -> modern(exro928ss, 58, undefined);
handler(exrop) -> modern(exrop, 58, 1);
handler(exsp) -> modern(exsp, 58, 1);
handler(exs1024s) ->
    #{type => exs1024s, bits => 64, weak_low_bits => 3,
      next => fun next_exs1024s/1, jump => fun jump_state/1};
handler(exs64) ->
    #{type => exs64, max => ?MASK(64, -1), next => fun next_exs64/1};
handler(exsplus) ->
    #{type => exsplus, max => ?MASK(58, -1), next => fun next_exsp/1,
      jump => fun jump_state/1};
handler(exs1024) ->
    #{type => exs1024, max => ?MASK(64, -1), next => fun next_exs1024/1,
      jump => fun jump_state/1}.

modern(Alg, Bits, WeakLowBits) ->
    Next = next_fun(Alg),
    Base = #{type => Alg, bits => Bits, next => Next,
             uniform => fun(S) -> uniform_s({handler(Alg), S}) end,
             uniform_n => fun(N, S) -> uniform_s(N, {handler(Alg), S}) end,
             jump => fun jump_state/1},
    case WeakLowBits of
        undefined -> Base;
        _ -> Base#{weak_low_bits => WeakLowBits}
    end.

next_fun(exsss) -> fun next_exsss/1;
next_fun(exro928ss) -> fun next_exro928ss/1;
next_fun(exrop) -> fun next_exrop/1;
next_fun(exsp) -> fun next_exsp/1.

seed_alg(Alg, Seed) when is_integer(Seed) ->
    integer_seed(Alg, Seed);
seed_alg(Alg, {A1, A2, A3}) when is_integer(A1), is_integer(A2),
                                 is_integer(A3) ->
    tuple_seed(Alg, A1, A2, A3);
seed_alg(Alg, Seed) ->
    erlang:error(function_clause, [Alg, Seed]).

%% Integer seeds: splitmix64 from the seed's low 64 bits.
integer_seed(Alg, Seed) when Alg =:= exsss; Alg =:= exrop; Alg =:= exsp;
                             Alg =:= exsplus ->
    [S0, S1] = splitmix_words(58, ?MASK(64, Seed), 2),
    [S0 | S1];
integer_seed(exro928ss, Seed) ->
    {splitmix_words(58, ?MASK(64, Seed), 16), []};
integer_seed(exs64, Seed) ->
    [S] = splitmix_words(64, ?MASK(64, Seed), 1),
    S;
integer_seed(_Exs1024, Seed) ->
    {splitmix_words(64, ?MASK(64, Seed), 16), []}.

splitmix_words(_Bits, _X, 0) -> [];
splitmix_words(Bits, X0, N) ->
    {Word, X} = splitmix_nonzero(Bits, X0),
    [Word | splitmix_words(Bits, X, N - 1)].

%% One splitmix64 step, keeping Bits of the output and skipping zeros.
splitmix_nonzero(Bits, X0) ->
    X = ?MASK(64, X0 + ?GOLDEN),
    Z1 = ?MASK(64, (X bxor (X bsr 30)) * 16#bf58476d1ce4e5b9),
    Z2 = ?MASK(64, (Z1 bxor (Z1 bsr 27)) * 16#94d049bb133111eb),
    case ?MASK(Bits, Z2 bxor (Z2 bsr 31)) of
        0 -> splitmix_nonzero(Bits, X);
        Word -> {Word, X}
    end.

%% Tuple seeds, as OTP expands them (found by observation).
tuple_seed(Alg, A1, A2, A3) when Alg =:= exsp; Alg =:= exsplus ->
    three_word_seed(fun next_exsp/1, A1, A2, A3);
tuple_seed(exrop, A1, A2, A3) ->
    three_word_seed(fun next_exrop/1, A1, A2, A3);
tuple_seed(exsss, A1, A2, A3) ->
    [_, S0, S1] = chained_splitmix(A1, A2, A3, 3),
    [S0 | S1];
tuple_seed(exro928ss, A1, A2, A3) ->
    {chained_splitmix(A1, A2, A3, 16), []};
tuple_seed(exs64, A1, A2, A3) ->
    V1 = xorshift64_output(?MASK(32, A1) * 4294967197 + 1),
    V2 = xorshift64_output(?MASK(32, A2) * 4294967231 + 1),
    V3 = xorshift64_output(?MASK(32, A3) * 4294967279 + 1),
    (V1 * V2 * V3) rem (?MASK(64, -1) - 1) + 1;
tuple_seed(_Exs1024, A1, A2, A3) ->
    B1 = ?MASK(21, (?MASK(21, A1) + 1) * 2097131),
    B2 = ?MASK(21, (?MASK(21, A2) + 1) * 2097133),
    B3 = ?MASK(21, (?MASK(21, A3) + 1) * 2097143),
    X = (B1 bsl 43) bor (B2 bsl 22) bor (B3 bsl 1) bor 1,
    {xorshift64_words(X, 16, []), []}.

three_word_seed(Next, A1, A2, A3) ->
    {_, [_ | S1]} = Next([?MASK(58, A1 * 4294967197 + 1) |
                          ?MASK(58, A2 * 4294967231 + 1)]),
    {_, State} = Next([?MASK(58, A3 * 4294967279 + 1) | S1]),
    State.

%% splitmix58 from A1, with A2 and A3 xor-ed into the running value
%% before the second and the third word.
chained_splitmix(A1, A2, A3, N) ->
    {W1, X1} = splitmix_nonzero(58, ?MASK(64, A1)),
    {W2, X2} = splitmix_nonzero(58, ?MASK(64, X1 bxor A2)),
    {W3, X3} = splitmix_nonzero(58, ?MASK(64, X2 bxor A3)),
    [W1, W2, W3 | splitmix_words(58, X3, N - 3)].

%% The outputs of xorshift64*, newest first.
xorshift64_words(_X, 0, Acc) -> Acc;
xorshift64_words(X0, N, Acc) ->
    {V, X} = next_exs64(X0),
    xorshift64_words(X, N - 1, [V | Acc]).

xorshift64_output(X0) ->
    {V, _} = next_exs64(?MASK(64, X0)),
    V.

%% ---------------------------------------------------------------------
%% Generators: each returns {Word, NewAlgState}.

xorshift116([S1 | S0]) ->
    T = S1 bxor ?MASK(58, S1 bsl 24),
    [S0 | T bxor S0 bxor (T bsr 11) bxor (S0 bsr 41)].

next_exsp([_ | S0] = State) ->
    [_ | New] = Next = xorshift116(State),
    {?MASK(58, S0 + New), Next}.

next_exsss([_ | S0] = State) ->
    {starstar58(S0), xorshift116(State)}.

%% The '**' scrambler on 58 bits: rotl(S * 5, 7) * 9.
starstar58(S) ->
    V0 = ?MASK(58, S * 5),
    V1 = rotl58(V0, 7),
    ?MASK(58, V1 * 9).

rotl58(X, N) ->
    ?MASK(58, X bsl N) bor (X bsr (58 - N)).

next_exrop([S0 | S1]) ->
    T = S1 bxor S0,
    New0 = rotl58(S0, 24) bxor T bxor ?MASK(58, T bsl 2),
    {?MASK(58, S0 + S1), [New0 | rotl58(T, 35)]}.

next_exs64(X0) ->
    X1 = X0 bxor (X0 bsr 12),
    X2 = X1 bxor ?MASK(64, X1 bsl 25),
    X = X2 bxor (X2 bsr 27),
    {?MASK(64, X * 2685821657736338717), X}.

%% Ring steps: the two words at the current position, the replacement for
%% the second one and for the first one (which moves to Used).
ring_step({[A], Used}, Step) ->
    ring_step({[A | lists:reverse(Used)], []}, Step);
ring_step({[A, B | Rest], Used}, Step) ->
    {Out, NewA, NewB} = Step(A, B),
    {Out, {[NewB | Rest], [NewA | Used]}}.

next_exs1024s(Ring) ->
    ring_step(Ring, fun(S0, S1) ->
        T = S1 bxor ?MASK(64, S1 bsl 31),
        New = (T bxor (T bsr 11)) bxor (S0 bxor (S0 bsr 30)),
        {?MASK(64, New * 1181783497276652981), S0, New}
    end).

next_exs1024(Ring) -> next_exs1024s(Ring).

next_exro928ss(Ring) ->
    ring_step(Ring, fun(S15, S0) ->
        T = S15 bxor S0,
        NewA = rotl58(S0, 44) bxor T bxor ?MASK(58, T bsl 9),
        {starstar58(S0), NewA, rotl58(T, 45)}
    end).

%% ---------------------------------------------------------------------
%% Uniform numbers

uniform() ->
    {X, State} = uniform_s(current()),
    remember(State),
    X.

uniform(N) ->
    {X, State} = uniform_s(N, current()),
    remember(State),
    X.

uniform_s({#{bits := Bits, next := Next} = H, S0}) ->
    {V, S} = Next(S0),
    {(V bsr (Bits - 53)) * math:pow(2, -53), {H, S}};
uniform_s({#{max := Max, next := Next} = H, S0}) ->
    {V, S} = Next(S0),
    {V / (Max + 1), {H, S}}.

uniform_s(N, {#{bits := Bits, next := Next} = H, S0})
  when is_integer(N), N >= 1 ->
    Weak = maps:get(weak_low_bits, H, 0),
    {V, S} = uniform_range(N, Bits, Weak, Next, S0),
    {V + 1, {H, S}};
uniform_s(N, {#{max := _} = H, _} = State0) when is_integer(N), N >= 1 ->
    {F, {_, S}} = uniform_s(State0),
    {trunc(F * N) + 1, {H, S}};
uniform_s(N, State) ->
    erlang:error(function_clause, [N, State]).

%% A number in 0..N-1. Powers of two take the low bits; other ranges take
%% a remainder, drawing again when the draw fell in the incomplete top
%% block. Ranges wider than one word concatenate words (first word most
%% significant), enough of them to have more bits than N; every word but
%% the last drops its Weak low bits.
uniform_range(N, Bits, Weak, Next, S0) ->
    Needed = if
                 N band (N - 1) =:= 0 -> bit_length(N - 1);
                 N =< 1 bsl Bits -> Bits;
                 true -> bit_length(N) + 1
             end,
    Words = words_for(Needed, Bits, Weak),
    {V, S} = draw_words(Words, Bits, Weak, Next, S0, 0),
    Total = (Words - 1) * (Bits - Weak) + Bits,
    if
        N band (N - 1) =:= 0 -> {V band (N - 1), S};
        V < ((1 bsl Total) div N) * N -> {V rem N, S};
        true -> uniform_range(N, Bits, Weak, Next, S)
    end.

words_for(Needed, Bits, _Weak) when Needed =< Bits -> 1;
words_for(Needed, Bits, Weak) -> 1 + words_for(Needed - (Bits - Weak), Bits, Weak).

draw_words(1, Bits, _Weak, Next, S0, Acc) ->
    {V, S} = Next(S0),
    {(Acc bsl Bits) bor V, S};
draw_words(K, Bits, Weak, Next, S0, Acc) ->
    {V, S} = Next(S0),
    draw_words(K - 1, Bits, Weak, Next, S, (Acc bsl (Bits - Weak)) bor (V bsr Weak)).

bit_length(0) -> 0;
bit_length(N) -> 1 + bit_length(N bsr 1).

uniform_real() ->
    {X, State} = uniform_real_s(current()),
    remember(State),
    X.

%% Takes 56 bits per draw and keeps drawing while fewer than 53
%% significant bits have been seen, so small numbers keep full precision.
uniform_real_s({H, S0}) ->
    Next = maps:get(next, H),
    Shift = chunk_shift(H),
    {M, Scale, S} = real_bits(Next, Shift, S0, 0, 0),
    {mantissa_float(M, Scale), {H, S}}.

chunk_shift(#{bits := Bits}) -> Bits - 56;
chunk_shift(#{max := _}) -> low56.

chunk(V, low56) -> ?MASK(56, V);
chunk(V, Shift) -> V bsr Shift.

real_bits(Next, Shift, S0, Acc, Scale) ->
    {V, S} = Next(S0),
    X = (Acc bsl 56) bor chunk(V, Shift),
    case X >= (1 bsl 52) orelse Scale >= 1064 of
        true -> {X, Scale + 56, S};
        false -> real_bits(Next, Shift, S, X, Scale + 56)
    end.

%% X / 2^Scale, truncated to 53 significant bits.
mantissa_float(0, _Scale) -> 0.0;
mantissa_float(X, Scale) ->
    Len = bit_length(X),
    case Len > 53 of
        true -> scale_down(X bsr (Len - 53), Scale - (Len - 53));
        false -> scale_down(X, Scale)
    end.

scale_down(M, Scale) when Scale > 1000 ->
    scale_down(M, Scale - 1000) * math:pow(2, -1000);
scale_down(M, Scale) ->
    M * math:pow(2, -Scale).

%% ---------------------------------------------------------------------
%% Normal distribution (Marsaglia's polar method; OTP's numbers differ)

normal() ->
    {X, State} = normal_s(current()),
    remember(State),
    X.

normal(Mean, Variance) ->
    Mean + math:sqrt(Variance) * normal().

normal_s(State0) ->
    {U1, State1} = uniform_real_s(State0),
    {U2, State} = uniform_real_s(State1),
    X = 2 * U1 - 1,
    Y = 2 * U2 - 1,
    R = X * X + Y * Y,
    case R >= 1.0 orelse R == 0.0 of
        true -> normal_s(State);
        false -> {X * math:sqrt(-2 * math:log(R) / R), State}
    end.

normal_s(Mean, Variance, State0) when Variance > 0 ->
    {X, State} = normal_s(State0),
    {Mean + math:sqrt(Variance) * X, State}.

%% ---------------------------------------------------------------------
%% Bytes: seven bytes per draw, the last draw's bytes taken from the low
%% 56 bits (as OTP does).

bytes(N) ->
    {Bin, State} = bytes_s(N, current()),
    remember(State),
    Bin.

bytes_s(N, {H, S0}) when is_integer(N), N >= 0 ->
    Next = maps:get(next, H),
    Shift = case H of
                #{bits := Bits} -> Bits - 56;
                #{max := Max} -> bit_length(Max) - 56
            end,
    {Bin, S} = bytes_loop(N, Next, Shift, S0, <<>>),
    {Bin, {H, S}};
bytes_s(N, State) ->
    erlang:error(function_clause, [N, State]).

bytes_loop(0, _Next, _Shift, S, Acc) -> {Acc, S};
bytes_loop(N, Next, Shift, S0, Acc) when N > 7 ->
    {V, S} = Next(S0),
    bytes_loop(N - 7, Next, Shift, S, <<Acc/binary, (V bsr Shift):56>>);
bytes_loop(N, Next, _Shift, S0, Acc) ->
    {V, S} = Next(S0),
    Bits = N * 8,
    {<<Acc/binary, (?MASK(56, V) bsr (56 - Bits)):Bits>>, S}.

%% ---------------------------------------------------------------------
%% Jump

jump() ->
    remember(jump(current())).

jump({#{jump := Jump} = H, S}) ->
    {H, Jump({H, S})};
jump({#{type := _}, _} = State) ->
    erlang:error(not_implemented, [State]).

%% A jump of 2^64 steps is the generator's state transition raised to that
%% power: a sum (xor) of the states T^I(S) over the bits I of a fixed
%% polynomial. The polynomials were solved from OTP's observed jumps.
jump_state({#{type := Type}, [_ | _] = S}) when Type =:= exsss;
                                                Type =:= exsp;
                                                Type =:= exsplus ->
    jump_poly(16#d174a83e17de2302f8ea6bc32c797, fun xorshift116/1, S, [0 | 0]);
jump_state({#{type := exrop}, [_ | _] = S}) ->
    jump_poly(16#9863200f83fcd4a11293241fcb12a, fun exrop_step/1, S, [0 | 0]);
jump_state({#{type := Type}, S}) ->
    erlang:error(not_implemented, [{Type, S}]).

exrop_step(S) ->
    {_, Next} = next_exrop(S),
    Next.

jump_poly(0, _Step, _S, Acc) -> Acc;
jump_poly(Poly, Step, [A | B] = S, [X | Y] = Acc) ->
    NewAcc = case Poly band 1 of
                 1 -> [X bxor A | Y bxor B];
                 0 -> Acc
             end,
    jump_poly(Poly bsr 1, Step, Step(S), NewAcc).
