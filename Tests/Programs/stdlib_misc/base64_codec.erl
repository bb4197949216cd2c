-module(base64_codec).
-export([main/1]).

%% base64 results and the error reasons OTP 25 raises for bad input.
t(F, X) -> try F(X) of V -> V catch C:R -> {C, R} end.

b(I) -> try iolist_to_binary(I) catch _:_ -> I end.

main(_) ->
    Encode = [<<>>, <<"a">>, <<"ab">>, <<"abc">>, <<"abcd">>, <<0, 255, 254, 253, 252>>,
              "", "Hello, world!", [-1], [a], [1, 2 | foo], [300], [1, a], [1, 256, 0],
              [1, 256], [0, 0, 256], [0, 0, 300], [0, 0, -1], [0, -1], [0, -1, 0],
              [0, 1024, 0], [0, 1000], [0, 0, 1000], [0, 4095], [256, 0, 0],
              [65, 66, 67 | <<>>], [<<"abc">>], [0, 0, 0 | x], [0 | x], [0, 0 | x],
              [0, 511], [0, 0, 319], <<1:3>>, <<"ab", 1:3>>, atom, 12],
    [io:format("encode ~w: ~p ~p~n",
               [I, t(fun base64:encode/1, I), t(fun base64:encode_to_string/1, I)])
     || I <- Encode],
    All = lists:seq(0, 255),
    Enc = base64:encode(list_to_binary(All)),
    io:format("~p~n", [Enc]),
    io:format("~p ~p~n", [base64:decode(Enc) =:= list_to_binary(All),
                          base64:mime_decode_to_string(Enc) =:= All]),
    Decode = ["YWJj", "YWJ", "YW", "YW==", "YW=", "YWI=", "Y W J j", "YWJj\n", "YW*j",
              "YW==YWJj", "YWJj====", "YX==", "YW J\tj\r\n", "", "=", "==", "====", "Y",
              "Y===", "-_", "=A==", "*A==", "A*==", "AB*=", "AB=*", "A=B=", "AB=C",
              "=ABC", "A=BC", "*ABC", "AB==*", "AB==A", "AB== =", "AB== \n", "ABC=A",
              "ABC= x", "ABC=", "AB=", "A", "AB", "ABC", "ABC ", "AB=\n", "A B = =",
              "ABCD=", "ABCD==", "ABCD=A", "AB==\0", [a], [-1], ["AB"], "AB\x{100}",
              "AB==AB==", "AB==ABC=", "YW=j", "YWJj=j==", "YWJjZA=", "YWJjZA==x",
              "Y\vWJj", "Y\fWJj", "YWJj\v", "Y=", "Y==", "AB===", "ABC==",
              "AB=\0", "AB\0CD", "AB=\0C", "AB=\0CD", "AB=" ++ [a], "AB==" ++ [-1],
              "AB==" ++ [255], "AB=" ++ [200, $C, $D], "A=\0", "\0", "ABCD\0", "AB\0",
              "ABC=\0=", "AB==" ++ [1000], "AB=" ++ [32, 1000], "AB=\0" ++ [1000],
              "AB=*" ++ [1000], "AB=C" ++ [1000], "AB=C" ++ [a], "AB=CD" ++ [a],
              "AB=" ++ [0 | x], "AB=" ++ [$* | x], "AB=" ++ [$= | x], "AB" ++ [$* | x],
              "ABC" ++ [$* | x], "AB==" ++ [$C | x], "AB==" ++ [$\s | x],
              "ABC=" ++ [0, 0, 0, $B], "YWJj" ++ foo, "YW" ++ foo, "YW==" ++ foo,
              "YW=" ++ foo, "AB==A" ++ [a], "ABC= \x{400}", [$A, $B, $C, $= | a],
              "YW" ++ [200] ++ "Jj", "YWJj" ++ [0], "**==", "AB" ++ [9, 10, 13, 32] ++ "CD",
              "YW*Jj", "Y*WJj", "YWJ*j", "YW*JjABCD", "YWJjYW*Jj", "YW=Jj", "YWJ=j", "=YWJj",
              "YW==j", "YW=*j", "YW*=j", "YW*\sJ\sj", "AB*=C", "AB=*C", "A*==B", "AB=\sC",
              "ABC=D", "ABC*D", "AB\sC*D", "ABC==D"],
    [io:format("decode ~w: ~p ~p ~p ~p ~p ~p~n",
               [I, t(fun base64:decode/1, I), t(fun base64:decode/1, b(I)),
                t(fun base64:decode_to_string/1, b(I)),
                t(fun base64:mime_decode/1, I), t(fun base64:mime_decode/1, b(I)),
                t(fun base64:mime_decode_to_string/1, I)])
     || I <- Decode],
    [io:format("to_string ~w: ~p ~p~n",
               [I, t(fun base64:decode_to_string/1, I),
                t(fun base64:mime_decode_to_string/1, I)])
     || I <- ["YWJj", <<"YW*Jj">>, "AB==A", <<"YWJjZA=">>, foo, <<1:3>>, <<"YWJj", 1:3>>]],
    ok.
