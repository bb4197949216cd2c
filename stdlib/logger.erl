%% logger: the logging API, written from the OTP 25 documentation.
%%
%% An event at or above the primary level (notice by default, as in escript)
%% is formatted at once in the calling process and written to standard_error
%% the way OTP's default handler prints it (see error_logger):
%%
%%   =ERROR REPORT==== 27-Nov-2026::16:38:45.641286 ===
%%   <message>
%%
%% A message is a format and arguments, a string, or a report (a map or a
%% key-value list, printed one "    key: value" line per entry). The primary
%% level is kept by a small registered process (logger_config), started by
%% the first set_primary_config/2. Not supported: handlers, filters,
%% formatters, metadata (accepted and ignored), the ?LOG_* macros.
-module(logger).

-export([emergency/1, emergency/2, emergency/3, alert/1, alert/2, alert/3,
         critical/1, critical/2, critical/3, error/1, error/2, error/3,
         warning/1, warning/2, warning/3, notice/1, notice/2, notice/3,
         info/1, info/2, info/3, debug/1, debug/2, debug/3, log/2, log/3,
         log/4, allow/2, get_primary_config/0, set_primary_config/1,
         set_primary_config/2]).
-compile({no_auto_import, [error/1, error/2, error/3]}).

emergency(A) -> log(emergency, A).
emergency(A, B) -> log(emergency, A, B).
emergency(A, B, C) -> log(emergency, A, B, C).
alert(A) -> log(alert, A).
alert(A, B) -> log(alert, A, B).
alert(A, B, C) -> log(alert, A, B, C).
critical(A) -> log(critical, A).
critical(A, B) -> log(critical, A, B).
critical(A, B, C) -> log(critical, A, B, C).
error(A) -> log(error, A).
error(A, B) -> log(error, A, B).
error(A, B, C) -> log(error, A, B, C).
warning(A) -> log(warning, A).
warning(A, B) -> log(warning, A, B).
warning(A, B, C) -> log(warning, A, B, C).
notice(A) -> log(notice, A).
notice(A, B) -> log(notice, A, B).
notice(A, B, C) -> log(notice, A, B, C).
info(A) -> log(info, A).
info(A, B) -> log(info, A, B).
info(A, B, C) -> log(info, A, B, C).
debug(A) -> log(debug, A).
debug(A, B) -> log(debug, A, B).
debug(A, B, C) -> log(debug, A, B, C).

%% log(Level, StringOrReport), log(Level, Format, Args) or
%% log(Level, StringOrReport, Metadata), log(Level, Format, Args, Metadata).
log(Level, Msg) -> log(Level, Msg, #{}).

log(Level, Report, Metadata) when is_map(Report), is_map(Metadata) ->
    emit(Level, fun() -> error_logger:report_text(lists:sort(maps:to_list(Report))) end);
log(Level, Msg, Metadata) when is_map(Metadata) ->
    emit(Level, fun() -> error_logger:report_text(Msg) end);
log(Level, Format, Args) ->
    log(Level, Format, Args, #{}).

log(Level, Format, Args, _Metadata) ->
    emit(Level, fun() ->
                        try io_lib:format(Format, Args)
                        catch _:_ -> io_lib:format("FORMAT ERROR: ~tp - ~tp", [Format, Args])
                        end
                end).

emit(Level, Text) ->
    case allow(Level, ?MODULE) of
        true -> error_logger:report(Level, Text());
        false -> ok
    end,
    ok.

allow(Level, _Module) ->
    severity(Level) =< severity(primary_level()).

severity(emergency) -> 0;
severity(alert) -> 1;
severity(critical) -> 2;
severity(error) -> 3;
severity(warning) -> 4;
severity(notice) -> 5;
severity(info) -> 6;
severity(debug) -> 7;
severity(all) -> 7;
severity(none) -> -1;
severity(Level) -> erlang:error({invalid_level, Level}).

%% ---------------------------------------------------------------------
%% The primary configuration

get_primary_config() ->
    #{level => primary_level(), filter_default => log, filters => [], metadata => #{}}.

set_primary_config(#{} = Config) ->
    maps:fold(fun(K, V, ok) -> set_primary_config(K, V) end, ok, Config).

set_primary_config(level, Level) ->
    _ = severity(Level),
    Holder = case whereis(logger_config) of
                 undefined -> start_holder();
                 Pid -> Pid
             end,
    Holder ! {set_level, Level, self()},
    receive {logger_config, Holder} -> ok end;
set_primary_config(_Key, _Value) ->
    ok.

primary_level() ->
    case whereis(logger_config) of
        undefined -> notice;
        Pid ->
            Ref = erlang:monitor(process, Pid),
            Pid ! {get_level, Ref, self()},
            receive
                {Ref, Level} -> erlang:demonitor(Ref, [flush]), Level;
                {'DOWN', Ref, _, _, _} -> notice
            end
    end.

start_holder() ->
    Pid = spawn(fun() -> holder(notice) end),
    try register(logger_config, Pid) of
        true -> Pid
    catch error:badarg ->
        exit(Pid, kill),
        whereis(logger_config)
    end.

holder(Level) ->
    receive
        {set_level, New, From} -> From ! {logger_config, self()}, holder(New);
        {get_level, Ref, From} -> From ! {Ref, Level}, holder(Level)
    end.
