%% io: the functions of OTP's io module that read standard input.
%%
%% Writing (format, put_chars, ...) and the device options (getopts, setopts)
%% are Swift built-ins (Sources/ErlangBuiltins/Format, .../Input). Reading is
%% here so that the reading process waits in an ordinary receive: the Swift
%% side (swerl_stdin:submit/2) writes the prompt, queues the request for the
%% thread that reads standard input, and that thread sends the answer as
%% {swerl_stdin, Ref, Result}. Only the reading process blocks.
%% Written from the OTP 25 documentation and black-box tests against escript.
%%
%% Devices: standard_io, user and pids read standard input (there are no io
%% servers: any other process's pid stands for standard_io; the caller's own
%% pid is {error, calling_self}, as OTP); standard_error cannot be read
%% ({error, {request, Request}}, as OTP); any other atom is
%% {error, arguments}, as for an unregistered name.
-module(io).

-export([get_line/1, get_line/2, get_chars/2, get_chars/3, read/1, read/2,
         fread/2, fread/3, request/1, request/2]).

get_line(Prompt) -> get_line(standard_io, Prompt).

get_line(Device, Prompt) when is_pid(Device) ->
    %% A pid from file:open/2 reads its file; any other pid reads standard input.
    case swerl_file:get_line(Device) of
        not_a_file -> input(Device, Prompt, line, {get_line, unicode, Prompt});
        Line -> Line
    end;
get_line(Device, Prompt) ->
    input(Device, Prompt, line, {get_line, unicode, Prompt}).

get_chars(Prompt, N) -> get_chars(standard_io, Prompt, N).

get_chars(Device, Prompt, N) when is_integer(N), N >= 0 ->
    input(Device, Prompt, {chars, N}, {get_chars, unicode, Prompt, N}).

read(Prompt) -> read(standard_io, Prompt).

read(Device, Prompt) ->
    input(Device, Prompt, term, {get_until, unicode, Prompt, erl_scan, tokens, [1]}).

fread(Prompt, Format) -> fread(standard_io, Prompt, Format).

%% Reads lines as io_lib:fread/3 asks for them (the prompt is written once);
%% what it leaves of the last line goes back to standard input for the next
%% read. A format that is not a list is {error, fread} (OTP's io server
%% reports io_lib:fread/3 failing so); nothing is read then.
fread(Device, Prompt, Format) ->
    case input_device(Device) of
        standard_io when Device =:= self() -> {error, calling_self};
        standard_io when not is_list(Format) -> {error, fread};
        standard_io -> fread_lines(Prompt, Format, []);
        standard_error -> {error, {request, {get_until, unicode, Prompt, io_lib, fread, [Format]}}};
        none -> {error, arguments}
    end.

fread_lines(Prompt, Format, Cont) ->
    Line = case receive_input(swerl_stdin:submit(Prompt, raw_line)) of
               Bin when is_binary(Bin) -> unicode:characters_to_list(Bin);
               Data -> Data
           end,
    case Line =:= eof andalso Cont =:= [] orelse io_lib:fread(Cont, Line, Format) of
        true -> eof;  % nothing left to read when the read starts
        {more, Cont1} -> fread_lines("", Format, Cont1);
        {done, Result, Rest} ->
            case is_list(Rest) andalso Rest =/= [] of
                true -> receive_input(swerl_stdin:submit("", {unread, Rest}));
                false -> ok
            end,
            case Result of
                {ok, Terms} -> {ok, Terms};
                Other -> Other
            end
    end.

%% The io protocol requests that make sense without io servers.
request(Request) -> request(standard_io, Request).

request(Device, {get_line, _Encoding, Prompt}) -> get_line(Device, Prompt);
request(Device, {get_chars, _Encoding, Prompt, N}) when is_integer(N), N >= 0 ->
    get_chars(Device, Prompt, N);
request(Device, {put_chars, _Encoding, Chars}) -> io:put_chars(Device, Chars);
request(Device, {setopts, Opts}) -> io:setopts(Device, Opts);
request(Device, getopts) -> io:getopts(Device);
request(_Device, Request) -> {error, {request, Request}}.

input(Device, Prompt, What, Request) ->
    case input_device(Device) of
        standard_io when Device =:= self() -> {error, calling_self};
        standard_io -> receive_input(swerl_stdin:submit(Prompt, What));
        standard_error -> {error, {request, Request}};
        none -> {error, arguments}
    end.

input_device(standard_io) -> standard_io;
input_device(user) -> standard_io;
input_device(Pid) when is_pid(Pid) -> standard_io;
input_device(standard_error) -> standard_error;
input_device(_) -> none.

receive_input(Ref) ->
    receive {swerl_stdin, Ref, Result} -> Result end.
