-module(fread_unicode).
-export([main/1]).

%% io:fread/2 on UTF-8 input after io:setopts([{encoding, unicode}]): ~s and
%% ~a without t stop at characters above 255, ~ts, ~ta and ~tc take them.
main(_) ->
    ok = io:setopts([{encoding, unicode}]),
    p(io:fread("", "~s ~c")),
    p(io:get_line("")),
    p(io:fread("", "~s")),
    p(io:get_line("")),
    p(io:fread("", "~ts ~ta")),
    p(io:fread("", "~s")),
    p(io:fread("", "~tc~d")),
    p(io:fread("", "~a")).

p(X) -> io:format("~w~n", [X]).
