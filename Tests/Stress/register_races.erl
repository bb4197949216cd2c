#!/usr/bin/env escript
%%! +P 2000000
-module(register_races).
-export([main/1]).
-mode(compile).

%% The name registry under concurrency: racers for one name (exactly one wins), many
%% processes registering, using and unregistering their own names at once, and a name taken
%% over from a process while that process exits (the new owner keeps it).

main(_) ->
    race_for_one_name(500, 8),
    churn(100, 1000),
    takeover(10000),
    io:format("done~n").

%% Rounds of N racers trying to register the same name at once.
race_for_one_name(Rounds, N) ->
    Self = self(),
    Winners = [begin
                   Ps = [spawn(fun() -> racer(Self) end) || _ <- lists:seq(1, N)],
                   [P ! go || P <- Ps],
                   Results = [receive {P, R} -> R end || P <- Ps],
                   Refs = [monitor(process, P) || P <- Ps],
                   [P ! stop || P <- Ps],
                   [receive {'DOWN', R, _, _, _} -> ok end || R <- Refs],
                   undefined = whereis(race),
                   length([won || won <- Results])
               end || _ <- lists:seq(1, Rounds)],
    io:format("race: ~p rounds, winners per round: ~p~n", [Rounds, lists:usort(Winners)]).

racer(Main) ->
    receive go -> ok end,
    R = try register(race, self()) of true -> won catch error:badarg -> lost end,
    Main ! {self(), R},
    receive stop -> ok end.

%% N processes each register a name of their own, send to it, and unregister, K times.
churn(N, K) ->
    Self = self(),
    Names = [list_to_atom("churn_" ++ integer_to_list(I)) || I <- lists:seq(1, N)],
    Ps = [spawn(fun() -> churner(Self, Name, K, 0) end) || Name <- Names],
    Totals = [receive {done, P, Got} -> Got end || P <- Ps],
    Left = [Name || Name <- Names, whereis(Name) =/= undefined],
    io:format("churn: ~p messages by name, names left: ~p~n", [lists:sum(Totals), Left]).

churner(Main, _Name, 0, Got) -> Main ! {done, self(), Got};
churner(Main, Name, K, Got) ->
    true = register(Name, self()),
    Name ! {hello, K},
    G = receive {hello, K} -> 1 end,
    true = unregister(Name),
    churner(Main, Name, K - 1, Got + G).

%% A registered process exits while main takes its name over for another process.
takeover(N) ->
    Keeper = spawn(fun() -> receive stop -> ok end end),
    Lost = takeover(N, Keeper, 0),
    Keeper ! stop,
    io:format("takeover: ~p rounds, name lost by the new owner: ~p~n", [N, Lost]).

takeover(0, _Keeper, Lost) -> Lost;
takeover(K, Keeper, Lost) ->
    Old = spawn(fun() -> receive go -> ok end end),
    true = register(taken, Old),
    Ref = monitor(process, Old),
    Old ! go,
    erlang:yield(),
    catch unregister(taken),
    true = register(taken, Keeper),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    Owner = whereis(taken),
    catch unregister(taken),
    takeover(K - 1, Keeper, Lost + case Owner of Keeper -> 0; _ -> 1 end).
