%% sys: the parts of OTP's sys module that work on gen_server, gen_statem
%% and supervisor processes, written from the OTP 25 documentation.
%%
%% get_state/1,2, replace_state/2,3, get_status/1,2 and terminate/2,3 send
%% the system messages those behaviours understand. Deviation from OTP:
%% suspend/resume, the debug functions (trace, log, statistics) and
%% change_code are not supported.
-module(sys).

-export([get_state/1, get_state/2, replace_state/2, replace_state/3,
         get_status/1, get_status/2, terminate/2, terminate/3]).

get_state(Name) -> get_state(Name, 5000).
get_state(Name, Timeout) ->
    system_call(Name, get_state, Timeout, {get_state, [Name]}).

replace_state(Name, Fun) -> replace_state(Name, Fun, 5000).
replace_state(Name, Fun, Timeout) ->
    system_call(Name, {replace_state, Fun}, Timeout, {replace_state, [Name, Fun]}).

get_status(Name) -> get_status(Name, 5000).
get_status(Name, Timeout) ->
    system_call(Name, get_status, Timeout, {get_status, [Name]}).

terminate(Name, Reason) -> terminate(Name, Reason, infinity).
terminate(Name, Reason, Timeout) -> proc_lib:stop(Name, Reason, Timeout).

%% Exits as OTP's sys does: {Reason, {sys, Function, Args}}.
system_call(Name, Request, Timeout, {Function, Args}) ->
    try gen:call(Name, system, Request, Timeout) of
        {ok, Reply} -> Reply
    catch exit:Reason -> exit({Reason, {?MODULE, Function, Args}})
    end.
