%% random: the deprecated Wichmann-Hill (AS 183) generator, written from the
%% OTP 25 documentation and checked against OTP's numbers.
%%
%% The state is three integers, one per multiplicative congruential
%% generator (moduli 30269, 30307 and 30323); the process dictionary key
%% random_seed holds it, as in OTP.
-module(random).

-export([seed/0, seed/1, seed/3, seed0/0, uniform/0, uniform/1,
         uniform_s/1, uniform_s/2]).

-define(M1, 30269).
-define(M2, 30307).
-define(M3, 30323).

seed0() -> {3172, 9814, 20125}.

seed() ->
    put(random_seed, seed0()).

seed({A1, A2, A3}) ->
    seed(A1, A2, A3).

%% Each part is brought into 1..M-1; returns the previous state.
seed(A1, A2, A3) ->
    put(random_seed, {abs(A1) rem (?M1 - 1) + 1,
                      abs(A2) rem (?M2 - 1) + 1,
                      abs(A3) rem (?M3 - 1) + 1}).

uniform() ->
    {F, State} = uniform_s(current()),
    put(random_seed, State),
    F.

uniform(N) when is_integer(N), N >= 1 ->
    trunc(uniform() * N) + 1.

uniform_s({A1, A2, A3}) ->
    B1 = (A1 * 171) rem ?M1,
    B2 = (A2 * 172) rem ?M2,
    B3 = (A3 * 170) rem ?M3,
    R = B1 / ?M1 + B2 / ?M2 + B3 / ?M3,
    {R - trunc(R), {B1, B2, B3}}.

uniform_s(N, State0) when is_integer(N), N >= 1 ->
    {F, State} = uniform_s(State0),
    {trunc(F * N) + 1, State}.

current() ->
    case get(random_seed) of
        undefined -> seed0();
        State -> State
    end.
