-module(fread_stdin).
-export([main/1]).

%% io:fread/2,3 on redirected standard input: prompts (written once), lines
%% read as the format needs them, the rest of the last line left for the next
%% read, errors (the rest of the failing line is dropped), devices, eof.
main(_) ->
    p(io:fread("P1> ", "~d")),
    p(io:get_line("")),
    p(io:fread('P2> ', "~d ~s")),
    p(io:fread("", "~d")),
    p(io:get_line("")),
    p(io:fread("", "~a~l")),
    p(io:fread("", "~s~s")),
    p(io:fread(standard_io, "", "~c")),
    p(io:fread(standard_error, "", "~d")),
    p(io:fread(nonexistent, "", "~d")),
    p(io:fread(user, ["a", $b, <<"c">>], "~d ~d")),
    p(io:fread("", "~d")),
    p(io:get_line("")),
    p(io:fread("", "~f")),
    p(io:fread("", "~d,~d")),
    p(io:get_line("")),
    p(io:fread("", "~d ~d")),
    p(io:fread("", "~d")),
    p(io:fread("", "~s")),
    p(io:fread("", "~d")),
    p(io:fread("", "~d")),
    p(io:get_line("")).

p(X) -> io:format("~p~n", [X]).
