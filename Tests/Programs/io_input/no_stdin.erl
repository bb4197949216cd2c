-module(no_stdin).
-export([main/1]).

%% Without input (stdin is /dev/null): every read is eof; bad devices.
main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    P(io:get_line("line> ")),
    P(io:get_chars("chars> ", 3)),
    P(io:read("read> ")),
    P(io:get_line(standard_error, "se> ")),
    P(io:get_chars(standard_error, "se> ", 2)),
    P(io:get_line(no_such_device, "x> ")),
    P(io:columns()),
    P(io:rows()),
    P(io:columns(standard_io)),
    P(io:rows(user)),
    P(io:printable_range()),
    P(io:request({get_line, latin1, "rq> "})),
    P(io:request(standard_io, {get_chars, unicode, "", 2})),
    P(io:request(bogus_request)),
    P(io:request({put_chars, unicode, "put via request\n"})).
