-module(comments_whitespace).
-export([main/1]).
-mode(compile).

% A comment. % Another on the same line.
%%% Triple comment
main(_) ->			% tabs before this comment
    X    =    1   ,   % odd spacing
    Y =
        2,
    io:format("~p~n",[X+Y]),io:format("~p~n",
      [ "% not a comment" ]),
    io:format("~p~n", [$%]).%trailing
