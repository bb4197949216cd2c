-module(fread_stdin_eof).
-export([main/1]).

%% io:fread/2 when standard input ends inside a read (after a blank line, and
%% in the middle of a line without a newline) and after it ended.
main(_) ->
    p(io:fread("", "~d")),
    p(io:fread("", "~d ~d")),
    p(io:fread("", "~f")),
    p(io:fread("", "~d")),
    p(io:fread("", "")),
    p(io:get_line("")).

p(X) -> io:format("~p~n", [X]).
