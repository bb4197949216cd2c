%% The parts of OTP's os module written in Erlang; the rest are Swift BIFs
%% (Sources/ErlangBuiltins/OS). os:cmd runs the shell on a helper thread and
%% waits for its output in a receive, so other processes keep running.
-module(os).
-export([cmd/1, cmd/2]).

cmd(Command) ->
    try cmd(Command, #{})
    catch error:badarg -> erlang:error(badarg, [Command])
    end.

cmd(Command, Options) when is_map(Options) ->
    MaxSize = maps:get(max_size, Options, infinity),
    Ref = try swerl_os:cmd_start(Command, MaxSize)
          catch error:badarg -> erlang:error(badarg, [Command, Options])
          end,
    receive
        {'$swerl_os_cmd', Ref, Output} -> Output
    end;
cmd(Command, Options) ->
    erlang:error(badarg, [Command, Options]).
