-module(calendar_rfc3339).
-export([main/1]).

%% calendar:system_time_to_rfc3339/1,2 and rfc3339_to_system_time/1,2. The default
%% offset is the local one, so it is only checked by a round trip.
r(F) -> try F() catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = 1517501878,
    Offsets = ["Z", "z", 0, 3600, -5400, "+02:00", "-00:00", "-01:30"],
    [p({O, calendar:system_time_to_rfc3339(T, [{offset, O}])}) || O <- Offsets],
    p(calendar:system_time_to_rfc3339(T * 1000 + 5, [{unit, millisecond}, {offset, "Z"}])),
    p(calendar:system_time_to_rfc3339(T * 1000000 + 5, [{unit, microsecond}, {time_designator, $\s}, {offset, 0}])),
    p(calendar:system_time_to_rfc3339(T * 1000000000 + 5, [{unit, nanosecond}, {offset, "Z"}])),
    p(calendar:system_time_to_rfc3339(T * 1000000000 + 5, [{unit, native}, {offset, "Z"}])),
    p(calendar:system_time_to_rfc3339(-1, [{unit, millisecond}, {offset, "Z"}])),
    p(calendar:system_time_to_rfc3339(-1500, [{unit, millisecond}, {offset, "Z"}])),
    p(calendar:system_time_to_rfc3339(-1, [{offset, "Z"}])),
    p(calendar:system_time_to_rfc3339(0, [{offset, 7200000}, {unit, millisecond}])),
    p(calendar:system_time_to_rfc3339(T, [{offset, "Z"}, {bad, 1}])),
    p(calendar:rfc3339_to_system_time(calendar:system_time_to_rfc3339(T)) =:= T),
    p(calendar:rfc3339_to_system_time(calendar:system_time_to_rfc3339(T * 1000 + 7, [{unit, millisecond}]),
                                      [{unit, millisecond}]) =:= T * 1000 + 7),
    Strings = ["2018-02-01T16:17:58+01:00", "2018-02-01 16:17:58Z", "2018-02-01t16:17:58z",
               "2018-02-01T16:17:58.123Z", "2018-02-01T16:17:58-00:30", "2018-02-01X16:17:58Z",
               "2018-02-01T16:17:60Z", "1969-12-31T23:59:59Z", "0000-01-01T00:00:00Z"],
    [p({S, calendar:rfc3339_to_system_time(S)}) || S <- Strings],
    [p({U, calendar:rfc3339_to_system_time("2018-02-01T16:17:58.1234567891Z", [{unit, U}])})
     || U <- [second, millisecond, microsecond, nanosecond, native]],
    p(calendar:rfc3339_to_system_time("2018-02-01T16:17:58.1Z", [{unit, microsecond}])),
    p(calendar:rfc3339_to_system_time("2018-02-01T16:17:58Z", [{unit, millisecond}])),
    [p(element(1, r(fun() -> calendar:rfc3339_to_system_time(S) end)))
     || S <- ["2018-02-01T16:17:58", "2018-02-30T16:17:58Z", <<"2018-02-01T16:17:58Z">>]],
    p(element(1, r(fun() -> calendar:system_time_to_rfc3339(T, [{offset, 1.5}]) end))),
    p(element(1, r(fun() -> calendar:system_time_to_rfc3339(x) end))).
