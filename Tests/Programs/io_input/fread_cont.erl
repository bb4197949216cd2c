-module(fread_cont).
-export([main/1]).

%% io_lib:fread/3: the continuation fed chunk by chunk, line ends ("\n" and
%% "\r\n"), the characters left over, end of input (eof and non-list chunks).
c(F, Chunks) ->
    io:format("fread3 ~w ~w:~n", [F, Chunks]),
    feed([], F, Chunks).

feed(Cont, F, [C | Cs]) ->
    R = case catch io_lib:fread(Cont, C, F) of
            {'EXIT', {Reason, _Stack}} -> {'EXIT', Reason};
            Other -> Other
        end,
    io:format("  ~w -> ~w~n", [C, R]),
    case R of
        {more, Cont2} -> feed(Cont2, F, Cs);
        _ -> ok
    end;
feed(_, _, []) -> ok.

main(_) ->
    [c(F, C) || {F, C} <- [
        {"~d ~d", ["1", " 2\n", "x"]}, {"~d", ["12\n"]}, {"~d", ["12"]}, {"~d", ["12", eof]},
        {"~d", [eof]}, {"~d", ["", eof]}, {"~d", ["\n", "\n", "5\nrest\n"]},
        {"~s", ["  \n", "abc def\nmore"]}, {"~d ~d", ["1\n", "2\nxyz\n"]}, {"~d~d", ["1\n", "2\nxyz\n"]},
        {"~d", ["x\n"]}, {"~d", ["1 2 3\n4\n"]}, {"~d", ["abc", eof]}, {"~s", ["abc", eof]},
        {"~d ~d", ["1 ", eof]}, {"~d", ["\n", eof]}, {"~c", ["\n"]}, {"~d", [<<"1\n">>]},
        {"~s", ["\n", "abc\n"]}, {"~d", ["  \n", "1\n"]}, {"~c", [" \n"]}, {"~s", [" \n"]},
        {"~s", ["\n", "\n", eof]}, {"~2c", ["a\n", "b\n"]}, {"~d", ["1", "2", "\n"]},
        {"x~d", ["\n", "x1\n"]}, {"~d", ["-\n", "1\n"]}, {"~d~l", ["\n", "  5\n"]}, {"~l", ["\n"]},
        {"~d ~d", ["1\n", "\n", "2\n"]}, {"~s~c", ["ab\n", "x\n"]}, {"~d", ["1\n2\n"]},
        {"~d ", ["1\n2\n"]}, {"~d~d", ["1 2\n3\n"]}, {"~d", ["12 \n"]}, {"", ["abc\n"]}, {"", [eof]},
        {"~s", ["\n", eof]}, {"~d", ["1\r\n"]}, {"~d", [abc]}, {"~d", ["x"]}, {"~s", ["a\nb\n"]},
        {"~d", ["x\ny\n"]}, {"~d", ["12 \r\n"]}, {"~d", ["12 \r\nab\n"]}, {"x", [eof]}, {" ", [eof]},
        {"~l", [eof]}, {"~d", ["12 x", eof]}, {"~d", ["12", "x", eof]}, {"~d ~d", ["1\n", eof]},
        {"~d", [[], []]}, {"~d", ["12", <<"x">>]}, {"~s", ["ab", [], eof]}, {"~d", ["1\n", eof]},
        {"~d", ["  ", "\n"]}, {"~d", ["abc\n"]}, {"~d~d", ["1\n2\n"]}, {"~c", ["\r\n"]},
        {"~d", ["1\r"]}, {"~d", ["1\r", "\n"]}, {"~d", ["1 \r\r\n"]}, {"~ts ~d", ["åäö 1\n"]},
        {"~*d ~f", ["7\n", " 2.5e1 tail\n"]}
    ]],
    io:format("~w~n", [element(1, catch io_lib:fread(bad, "1\n", "~d"))]),
    io:format("~w~n", [element(1, element(2, catch io_lib:fread([], "1\n", bad)))]),
    ok.
