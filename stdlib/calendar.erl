%% calendar: dates and times of the proleptic Gregorian calendar, written
%% from the OTP 25 documentation and from observing OTP's results.
%%
%% Gregorian days count from {0,1,1} (day 0); gregorian seconds from
%% {{0,1,1},{0,0,0}}. Local time is the C library's (TZ), via the erlang
%% BIFs universaltime_to_localtime/1 and localtime_to_universaltime/1,2.
-module(calendar).

-export([date_to_gregorian_days/1, date_to_gregorian_days/3,
         datetime_to_gregorian_seconds/1, day_of_the_week/1,
         day_of_the_week/3, gregorian_days_to_date/1,
         gregorian_seconds_to_datetime/1, is_leap_year/1,
         iso_week_number/0, iso_week_number/1, last_day_of_the_month/2,
         local_time/0, local_time_to_universal_time/1,
         local_time_to_universal_time/2, local_time_to_universal_time_dst/1,
         now_to_datetime/1, now_to_local_time/1, now_to_universal_time/1,
         rfc3339_to_system_time/1, rfc3339_to_system_time/2,
         seconds_to_daystime/1, seconds_to_time/1,
         system_time_to_local_time/2, system_time_to_universal_time/2,
         system_time_to_rfc3339/1, system_time_to_rfc3339/2,
         time_difference/2, time_to_seconds/1, universal_time/0,
         universal_time_to_local_time/1, valid_date/1, valid_date/3]).

-define(SECONDS_PER_DAY, 86400).
%% Gregorian seconds of 1970-01-01T00:00:00Z.
-define(EPOCH_SECONDS, 62167219200).

%% Days --------------------------------------------------------------

date_to_gregorian_days({Y, M, D}) -> date_to_gregorian_days(Y, M, D).

date_to_gregorian_days(Y, M, D) when is_integer(D), D > 0 ->
    Last = last_day_of_the_month(Y, M),
    if
        D =< Last -> days_before_year(Y) + days_before_month(Y, M) + D - 1
    end.

%% Days of the years 0 .. Y-1 (year 0 is a leap year).
days_before_year(0) -> 0;
days_before_year(Y) when Y > 0 ->
    365 * Y + (Y + 3) div 4 - (Y + 99) div 100 + (Y + 399) div 400.

days_before_month(Y, M) ->
    Common = element(M, {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}),
    case M > 2 andalso is_leap_year(Y) of
        true -> Common + 1;
        false -> Common
    end.

gregorian_days_to_date(Days) ->
    Y = day_to_year(Days),
    DayOfYear = Days - days_before_year(Y),
    M = month_of(Y, DayOfYear, 12),
    {Y, M, DayOfYear - days_before_month(Y, M) + 1}.

%% The year holding gregorian day Days: an estimate, then corrected.
day_to_year(Days) when is_integer(Days), Days >= 0 ->
    adjust_year(Days * 400 div 146097, Days).

adjust_year(Y, Days) ->
    case days_before_year(Y + 1) =< Days of
        true -> adjust_year(Y + 1, Days);
        false ->
            case days_before_year(Y) > Days of
                true -> adjust_year(Y - 1, Days);
                false -> Y
            end
    end.

month_of(Y, DayOfYear, M) ->
    case days_before_month(Y, M) =< DayOfYear of
        true -> M;
        false -> month_of(Y, DayOfYear, M - 1)
    end.

day_of_the_week({Y, M, D}) -> day_of_the_week(Y, M, D).

%% 1 is Monday; day 0 ({0,1,1}) was a Saturday.
day_of_the_week(Y, M, D) ->
    (date_to_gregorian_days(Y, M, D) + 5) rem 7 + 1.

is_leap_year(Y) when is_integer(Y), Y >= 0 ->
    Y rem 4 =:= 0 andalso (Y rem 100 =/= 0 orelse Y rem 400 =:= 0).

last_day_of_the_month(Y, M) when is_integer(Y), Y >= 0 ->
    last_day_of_the_month1(Y, M).

last_day_of_the_month1(Y, 2) ->
    case is_leap_year(Y) of
        true -> 29;
        false -> 28
    end;
last_day_of_the_month1(_, M) when M =:= 4; M =:= 6; M =:= 9; M =:= 11 -> 30;
last_day_of_the_month1(_, M) when is_integer(M), M > 0, M < 13 -> 31.

valid_date({Y, M, D}) -> valid_date(Y, M, D).

valid_date(Y, M, D) when is_integer(Y), is_integer(M), is_integer(D) ->
    Y >= 0 andalso M > 0 andalso M < 13 andalso D > 0
        andalso D =< last_day_of_the_month(Y, M).

iso_week_number() ->
    {Date, _} = local_time(),
    iso_week_number(Date).

%% The ISO week is the one of its Thursday; week 1 holds the year's first
%% Thursday.
iso_week_number({Y, M, D}) ->
    Days = date_to_gregorian_days(Y, M, D),
    Thursday = Days + 4 - day_of_the_week(Y, M, D),
    {Year, _, _} = gregorian_days_to_date(Thursday),
    {Year, (Thursday - date_to_gregorian_days(Year, 1, 1)) div 7 + 1}.

%% Seconds -----------------------------------------------------------

datetime_to_gregorian_seconds({Date, Time}) ->
    ?SECONDS_PER_DAY * date_to_gregorian_days(Date) + time_to_seconds(Time).

gregorian_seconds_to_datetime(Secs) when is_integer(Secs), Secs >= 0 ->
    Days = Secs div ?SECONDS_PER_DAY,
    {gregorian_days_to_date(Days), seconds_to_time(Secs rem ?SECONDS_PER_DAY)}.

seconds_to_daystime(Secs) ->
    Days = floor_div(Secs, ?SECONDS_PER_DAY),
    {Days, seconds_to_time(Secs - Days * ?SECONDS_PER_DAY)}.

seconds_to_time(Secs) when Secs >= 0, Secs < ?SECONDS_PER_DAY ->
    S = trunc(Secs),
    {S div 3600, S rem 3600 div 60, S rem 60}.

time_to_seconds({H, M, S}) when is_integer(H), is_integer(M), is_integer(S) ->
    H * 3600 + M * 60 + S.

time_difference({{_, _, _}, {_, _, _}} = T1, {{_, _, _}, {_, _, _}} = T2) ->
    seconds_to_daystime(datetime_to_gregorian_seconds(T2)
                        - datetime_to_gregorian_seconds(T1)).

floor_div(A, B) when A >= 0 -> A div B;
floor_div(A, B) -> -((B - 1 - A) div B).

%% Now and system time -------------------------------------------------

universal_time() -> erlang:universaltime().

local_time() -> erlang:localtime().

universal_time_to_local_time(DateTime) ->
    erlang:universaltime_to_localtime(DateTime).

local_time_to_universal_time(DateTime) ->
    erlang:localtime_to_universaltime(DateTime).

local_time_to_universal_time(DateTime, IsDst) ->
    erlang:localtime_to_universaltime(DateTime, IsDst).

%% The universal times that are DateTime locally: none when it falls in a
%% gap, two when it is repeated (DST first).
local_time_to_universal_time_dst(DateTime) ->
    UtDst = erlang:localtime_to_universaltime(DateTime, true),
    Ut = erlang:localtime_to_universaltime(DateTime, false),
    LtDst = erlang:universaltime_to_localtime(UtDst),
    Lt = erlang:universaltime_to_localtime(Ut),
    if
        LtDst =:= DateTime, Lt =:= DateTime, UtDst =/= Ut -> [UtDst, Ut];
        Lt =:= DateTime -> [Ut];
        LtDst =:= DateTime -> [UtDst];
        true -> []
    end.

now_to_datetime(Now) -> now_to_universal_time(Now).

now_to_universal_time({MegaSecs, Secs, _MicroSecs}) ->
    gregorian_seconds_to_datetime(MegaSecs * 1000000 + Secs + ?EPOCH_SECONDS).

now_to_local_time(Now) ->
    erlang:universaltime_to_localtime(now_to_universal_time(Now)).

system_time_to_universal_time(Time, Unit) ->
    Secs = erlang:convert_time_unit(Time, Unit, second),
    gregorian_seconds_to_datetime(Secs + ?EPOCH_SECONDS).

system_time_to_local_time(Time, Unit) ->
    erlang:universaltime_to_localtime(system_time_to_universal_time(Time, Unit)).

%% RFC 3339 ----------------------------------------------------------

rfc3339_to_system_time(String) -> rfc3339_to_system_time(String, []).

rfc3339_to_system_time(String, Options) ->
    Unit = proplists:get_value(unit, Options, second),
    [Y1, Y2, Y3, Y4, $-, Mo1, Mo2, $-, D1, D2, _T,
     H1, H2, $:, Mi1, Mi2, $:, S1, S2 | Rest] = String,
    Date = {list_to_integer([Y1, Y2, Y3, Y4]), list_to_integer([Mo1, Mo2]),
            list_to_integer([D1, D2])},
    Time = {list_to_integer([H1, H2]), list_to_integer([Mi1, Mi2]),
            list_to_integer([S1, S2])},
    {Fraction, OffsetString} = fraction_digits(Rest),
    OffsetSecs = parse_offset(OffsetString),
    Secs = datetime_to_gregorian_seconds({Date, Time}) - ?EPOCH_SECONDS - OffsetSecs,
    Factor = unit_factor(Unit),
    Secs * Factor + fraction_in(Fraction, Factor).

fraction_digits([$. | Rest]) ->
    lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, Rest);
fraction_digits(Rest) -> {"", Rest}.

parse_offset(Z) when Z =:= "Z"; Z =:= "z" -> 0;
parse_offset([Sign, H1, H2, $:, M1, M2]) when Sign =:= $+; Sign =:= $- ->
    Secs = list_to_integer([H1, H2]) * 3600 + list_to_integer([M1, M2]) * 60,
    case Sign of
        $+ -> Secs;
        $- -> -Secs
    end.

%% The fraction's digits in units of 1/Factor seconds, rounded to the nearest.
fraction_in("", _) -> 0;
fraction_in(Digits, Factor) ->
    Scale = pow10(length(Digits)),
    (2 * list_to_integer(Digits) * Factor + Scale) div (2 * Scale).

pow10(0) -> 1;
pow10(N) -> 10 * pow10(N - 1).

unit_factor(second) -> 1;
unit_factor(millisecond) -> 1000;
unit_factor(microsecond) -> 1000000;
unit_factor(nanosecond) -> 1000000000;
unit_factor(native) -> erlang:convert_time_unit(1, second, native).

system_time_to_rfc3339(Time) -> system_time_to_rfc3339(Time, []).

system_time_to_rfc3339(Time0, Options) ->
    Unit0 = proplists:get_value(unit, Options, second),
    Offset0 = proplists:get_value(offset, Options, ""),
    Designator = proplists:get_value(time_designator, Options, $T),
    %% The native unit is written with millisecond precision.
    {Time, Unit} =
        case Unit0 of
            native -> {erlang:convert_time_unit(Time0, native, millisecond), millisecond};
            _ -> {Time0, Unit0}
        end,
    Factor = unit_factor(Unit),
    {OffsetSecs, OffsetText} = offset_adjustment(Time, Unit, Offset0),
    Secs = Time div Factor + OffsetSecs,
    {{Y, Mo, D}, {H, Mi, S}} = gregorian_seconds_to_datetime(Secs + ?EPOCH_SECONDS),
    DateText = pad(4, Y) ++ "-" ++ pad(2, Mo) ++ "-" ++ pad(2, D),
    TimeText = pad(2, H) ++ ":" ++ pad(2, Mi) ++ ":" ++ pad(2, S),
    DateText ++ [Designator] ++ TimeText ++ fraction_text(abs(Time rem Factor), Factor)
        ++ OffsetText.

%% {seconds to add to universal time, offset as written}.
offset_adjustment(Time, Unit, "") ->
    Utc = system_time_to_universal_time(Time, Unit),
    Local = erlang:universaltime_to_localtime(Utc),
    Secs = datetime_to_gregorian_seconds(Local) - datetime_to_gregorian_seconds(Utc),
    {Secs, offset_text(Secs)};
offset_adjustment(_Time, _Unit, Z) when Z =:= "Z"; Z =:= "z" ->
    {0, Z};
offset_adjustment(_Time, Unit, Offset) when is_integer(Offset) ->
    Secs = erlang:convert_time_unit(Offset, Unit, second),
    {Secs, offset_text(Secs)};
offset_adjustment(_Time, _Unit, [Sign | _] = Offset) when Sign =:= $+; Sign =:= $- ->
    {parse_offset(Offset), Offset}.

offset_text(Secs) ->
    Sign = case Secs < 0 of true -> "-"; false -> "+" end,
    A = abs(Secs),
    Sign ++ pad(2, A div 3600) ++ ":" ++ pad(2, A rem 3600 div 60).

fraction_text(_, 1) -> "";
fraction_text(Fraction, Factor) ->
    "." ++ pad(length(integer_to_list(Factor)) - 1, Fraction).

pad(Width, N) ->
    Digits = integer_to_list(N),
    lists:duplicate(Width - length(Digits), $0) ++ Digits.
