-module(fread_crlf).
-export([main/1]).

%% io:fread/2 on lines ending "\r\n": ~l counts both characters, the rest of
%% a line keeps its "\r\n" for the next read (get_line turns it into "\n").
main(_) ->
    p(io:fread("", "~s~s~l")),
    p(io:fread("", "~d")),
    p(io:get_line("")),
    p(io:fread("", "~c")),
    p(io:fread("", "~c~l")),
    p(io:fread("", "~s")).

p(X) -> io:format("~w~n", [X]).
