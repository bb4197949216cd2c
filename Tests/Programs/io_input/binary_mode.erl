-module(binary_mode).
-export([main/1]).

%% io:setopts/1,2 and io:getopts/0,1: binary results, encodings, bad options.
%% (Reading after switching the encoding, or after switching to binary once
%% lists were read, is left out: OTP 25's standard_io then re-encodes the input
%% it has already buffered, or terminates.)
main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    P(io:getopts()),
    P(io:setopts([binary])),
    P(io:getopts()),
    P(io:get_line("b> ")),
    P(io:get_chars("", 3)),
    P(io:get_line("")),
    P(io:setopts([{binary, false}])),
    P(io:get_line("")),
    P(io:get_line("")),
    P(io:setopts([{binary, true}])),
    P(io:getopts(standard_io)),
    P(io:get_chars("", 0)),
    P(io:setopts(standard_io, [list])),
    P(io:getopts(user)),
    P(io:setopts([bogus])),
    P(io:setopts([{binary, maybe}])),
    P(io:setopts([{echo, true}])),
    P(io:setopts(notalist)),
    P(io:setopts([])),
    P(io:getopts(standard_error)),
    P(io:setopts(standard_error, [binary])),
    P(io:setopts(standard_error, [])),
    P(io:getopts()),
    P(io:setopts([{encoding, unicode}])),
    P(io:getopts()),
    P(io:setopts([{encoding, latin1}])),
    P(io:getopts()).
