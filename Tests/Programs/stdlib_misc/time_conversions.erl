-module(time_conversions).
-export([main/1]).

%% erlang's datetime conversions, checked by fixed values and round trips (never by
%% printing the current time).
r(F) -> try F() catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    p(erlang:universaltime_to_posixtime({{1970, 1, 1}, {0, 0, 0}})),
    p(erlang:universaltime_to_posixtime({{2020, 2, 29}, {23, 59, 59}})),
    p(erlang:universaltime_to_posixtime({{1600, 1, 1}, {0, 0, 0}})),
    p(erlang:universaltime_to_posixtime({{1960, 3, 1}, {12, 0, 0}})),
    p(erlang:posixtime_to_universaltime(0)),
    p(erlang:posixtime_to_universaltime(-1)),
    p(erlang:posixtime_to_universaltime(951868799)),
    p(erlang:posixtime_to_universaltime(-100000000000)),
    p(erlang:posixtime_to_universaltime(1 bsl 40)),
    Times = [0, 1, 86399, 86400, 951782400, 4102444800, -86401, -11676096000],
    p([erlang:universaltime_to_posixtime(erlang:posixtime_to_universaltime(T)) =:= T || T <- Times]),
    Bad = [{{2020, 13, 1}, {0, 0, 0}}, {{2020, 2, 30}, {0, 0, 0}}, {{2021, 2, 29}, {0, 0, 0}},
           {{2020, 1, 1}, {24, 0, 0}}, {{2020, 1, 1}, {0, 60, 0}}, {{2020, 1, 1}, {0, 0, 60}},
           {{1599, 12, 31}, {0, 0, 0}}, {{2020, 1, 1}, {0, 0, 0.0}}, {2020, 1, 1}, x],
    [p(r(fun() -> erlang:universaltime_to_posixtime(B) end)) || B <- Bad],
    p(r(fun() -> erlang:posixtime_to_universaltime(1.5) end)),
    p(r(fun() -> erlang:posixtime_to_universaltime(1 bsl 70) end)),
    %% Local time: whatever the zone, the conversions are inverse of each other.
    Ut = {{2021, 6, 15}, {12, 30, 0}},
    Lt = erlang:universaltime_to_localtime(Ut),
    p(erlang:localtime_to_universaltime(Lt) =:= Ut),
    p(erlang:localtime_to_universaltime(Lt, undefined) =:= Ut),
    p(is_tuple(erlang:localtime_to_universaltime(Lt, true))),
    p(r(fun() -> erlang:localtime_to_universaltime(Lt, maybe) end)),
    [p(r(fun() -> erlang:universaltime_to_localtime(B) end)) || B <- Bad],
    p(r(fun() -> erlang:universaltime_to_localtime({{1901, 12, 31}, {0, 0, 0}}) end)),
    p(r(fun() -> erlang:localtime_to_universaltime({{1901, 12, 31}, {0, 0, 0}}) end)),
    {D, T} = erlang:universaltime(),
    p(calendar:valid_date(D) andalso is_tuple(T)),
    P = erlang:universaltime_to_posixtime(erlang:universaltime()),
    p(abs(P - erlang:system_time(second)) =< 2).
