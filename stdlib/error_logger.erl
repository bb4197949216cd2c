%% error_logger: the legacy report API, written from the OTP 25 documentation.
%%
%% swerl has no logger process: a report is formatted in the calling process
%% and written at once to standard_error (escript's logger writes reports to
%% standard output; swerl keeps them off stdout so program output stays
%% comparable). The text follows what OTP 25's default logger handler prints:
%%
%%   =ERROR REPORT==== 27-Nov-2026::16:38:45.641286 ===
%%   <message>
%%   <empty line>
%%
%% gen_server, gen_statem, supervisor and proc_lib report through report/2.
%% Like escript, every level from info up is printed.
-module(error_logger).

-export([error_msg/1, error_msg/2, error_report/1, error_report/2,
         format/2, info_msg/1, info_msg/2, info_report/1, info_report/2,
         warning_msg/1, warning_msg/2, warning_report/1, warning_report/2,
         report/2, report_text/1]).

error_msg(Format) -> error_msg(Format, []).
error_msg(Format, Args) -> report_format(error, Format, Args).

format(Format, Args) -> report_format(error, Format, Args).

warning_msg(Format) -> warning_msg(Format, []).
warning_msg(Format, Args) -> report_format(warning, Format, Args).

info_msg(Format) -> info_msg(Format, []).
info_msg(Format, Args) -> report_format(info, Format, Args).

error_report(Report) -> report(error, report_text(Report)).
error_report(Type, Report) -> report(error, typed_report_text(Type, Report)).

warning_report(Report) -> report(warning, report_text(Report)).
warning_report(Type, Report) -> report(warning, typed_report_text(Type, Report)).

info_report(Report) -> report(info, report_text(Report)).
info_report(Type, Report) -> report(info, typed_report_text(Type, Report)).

%% A format that fails to format is reported as OTP's logger does it: the
%% format and the arguments, unformatted.
report_format(Level, Format, Args) ->
    Text = try io_lib:format(Format, Args)
           catch _:_ -> io_lib:format("FORMAT ERROR: ~tp - ~tp", [Format, Args])
           end,
    report(Level, Text).

%% Writes one report: the header, the text, and a line break.
report(Level, Text) ->
    io:format(standard_error, "~ts~ts~n", [header(Level), Text]),
    ok.

%% A report term as OTP prints it: a key-value list one "    key: value" per
%% line, a string as it is, anything else with ~tp.
report_text([{_, _} | _] = Report) ->
    lists:join($\n, [report_line(Item) || Item <- Report]);
report_text(Report) ->
    case io_lib:printable_list(Report) of
        true -> Report;
        false -> io_lib:format("~tp", [Report])
    end.

report_line({Key, Value}) ->
    case io_lib:printable_list(Value) of
        true -> io_lib:format("    ~tp: ~ts", [Key, Value]);
        false -> io_lib:format("    ~tp: ~tp", [Key, Value])
    end;
report_line(Item) ->
    io_lib:format("    ~tp", [Item]).

typed_report_text(_Type, Report) -> report_text(Report).

header(Level) ->
    {{Y, Mo, D}, {H, Mi, S}} = erlang:localtime(),
    Micro = erlang:system_time(microsecond) rem 1000000,
    io_lib:format("=~s REPORT==== ~w-~s-~4..0w::~2..0w:~2..0w:~2..0w.~6..0w ===~n",
                  [level_name(Level), D, month(Mo), Y, H, Mi, S, Micro]).

level_name(error) -> "ERROR";
level_name(warning) -> "WARNING";
level_name(info) -> "INFO";
level_name(notice) -> "NOTICE";
level_name(debug) -> "DEBUG";
level_name(alert) -> "ALERT";
level_name(critical) -> "CRITICAL";
level_name(emergency) -> "EMERGENCY";
level_name(crash) -> "CRASH";
level_name(supervisor) -> "SUPERVISOR";
level_name(progress) -> "PROGRESS".

month(M) ->
    element(M, {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}).
