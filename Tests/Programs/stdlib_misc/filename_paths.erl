-module(filename_paths).
-export([main/1]).

%% filename: every function on the edge cases of Unix names, lists and binaries.
t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Ps = ["", "/", "//", "///", "a", "/a", "a/", "a//", "/a/", "a/b", "a/b/", "/a/b", "a//b",
          "a/./b", "./a", "a/.", ".", "..", "../a", "a/..", "a.b", "a.b.c", ".a", "a/.b",
          "a.b/c", "a.b/", "/a.b/c.d", "a/b.", "a.", "..a", "...", "a/b..c", "//a//b//",
          "a\\b", "c:/a", "C:a", "~/x", <<"a/b.c">>, <<"/">>, <<"">>, <<"a/">>,
          ['a', "/b", [<<"c">>]], foo, [$a | $b], 'a/b.c', [256], "\x{400}/x.y",
          <<"\x{400}/x.y"/utf8>>, <<255, "/x">>, "a/.b.c", ".a.b", "/.a", "/.", "a.b/.c",
          "a/b.c/", "a..", "a.b.", "./.", "x/.a.", <<".">>, <<"a/.b">>, <<".a">>,
          "././a", "/./a", "a/./.", "./", "/a/./", "a/.//b", "a/./", "././.", "/./",
          [[a, b], "c"], [-1], [1.5], <<1:3>>, 12, [["a", [$/]], 'b.c']],
    F = [{basename, fun filename:basename/1}, {dirname, fun filename:dirname/1},
         {extension, fun filename:extension/1}, {rootname, fun filename:rootname/1},
         {split, fun filename:split/1}, {flatten, fun filename:flatten/1},
         {nativename, fun filename:nativename/1}, {pathtype, fun filename:pathtype/1},
         {join1, fun(P) -> filename:join([P]) end}],
    [io:format("~p ~w: ~w~n", [N, P, t(fun() -> Fn(P) end)]) || {N, Fn} <- F, P <- Ps],
    Pairs = [{"a", "b"}, {"a/", "b"}, {"/", "b"}, {"a", "/b"}, {"a", "b/"}, {"", "b"},
             {"a", ""}, {"", ""}, {"a", "."}, {".", "a"}, {"a/.", "b"}, {"a", "./b"},
             {"a", "../b"}, {"a", "b/./c"}, {"a", "b/."}, {<<"a">>, "b"}, {"a", <<"b">>},
             {<<"a">>, <<"/b">>}, {a, b}, {"a", [$b, <<"c">>]}, {[$a, <<"c">>], "b"},
             {"a", ["b", "c"]}, {"//", "//"}, {"/a", "//b//"}, {"a", "\x{400}"},
             {<<"a">>, "\x{400}"}, {"\x{400}", <<"a">>}, {<<"a">>, [255]}, {[255], <<"a">>},
             {<<255>>, "\x{400}"}, {"a", 1}, {"a", <<1:3>>}, {"./", "."}, {".", "."},
             {"a", "c:/b"}, {"a/", "./"}, {".", "/"}, {"a", "/."}],
    [io:format("join2 ~w: ~w~n", [P, t(fun() -> filename:join(A, B) end)]) || P = {A, B} <- Pairs],
    [io:format("append ~w: ~w~n", [P, t(fun() -> filename:append(A, B) end)]) || P = {A, B} <- Pairs],
    [io:format("absname_join ~w: ~w~n", [P, t(fun() -> filename:absname_join(A, B) end)])
     || P = {A, B} <- Pairs],
    [io:format("absname2 ~w: ~w~n", [P, t(fun() -> filename:absname(B, A) end)]) || P = {A, B} <- Pairs],
    Lists = [[], ["a"], ["a", "b", "c"], ["/a", "/b", "c"], ["a", <<"b">>, "c"], [<<"a">>, "b"],
             ["a", "", "b"], ["", "a"], [".", ".", "a"], ["a", ".", "."], [<<>>], [<<>>, <<>>],
             [""], "abc", a, [a, b], ["a", "."], ["a/", "./"], [".", "/"], ["a", "/."]],
    [io:format("join1 ~w: ~w~n", [P, t(fun() -> filename:join(P) end)]) || P <- Lists],
    Ex = [{"a.erl", ".erl"}, {"a.erl", "erl"}, {"a.erl", ".beam"}, {"a.erl", ""},
          {"a/b.erl", ".erl"}, {"a.erl/", ".erl"}, {<<"a.erl">>, ".erl"}, {"a.erl", <<".erl">>},
          {<<"a.erl">>, <<".erl">>}, {".erl", ".erl"}, {"a/.erl", ".erl"}, {"a", "a"},
          {"ab", "b"}, {"a.tar.gz", ".gz"}, {"a.tar.gz", ".tar.gz"}, {"a.erl", ['.', "erl"]},
          {"a.erl", erl}, {a, ".erl"}, {"a.erl", 1}, {"/", "/"}, {"a/", "/"}, {"x.e", "x.e"},
          {"d/x.e", "x.e"}, {"a/b/", "b/"}, {"a/b/", "/"}, {"ab/", "b"}, {"a//", "/"},
          {"a.erl//", ".erl"}, {"/", ""}, {"x/", "x"}, {"x/", "x/"}, {"a/b.e/", ".e"},
          {"//", "/"}, {"a/b", "a/b"}, {"a/bc", "/bc"}, {"abc", "bc"}, {"a/", "a/"},
          {"\x{400}.e", <<".e">>}],
    [io:format("basename2 ~w: ~w~n", [P, t(fun() -> filename:basename(A, B) end)]) || P = {A, B} <- Ex],
    [io:format("rootname2 ~w: ~w~n", [P, t(fun() -> filename:rootname(A, B) end)]) || P = {A, B} <- Ex],
    Cwd = filename:absname(""),
    io:format("cwd ~p ~p~n", [filename:pathtype(Cwd), filename:absname(".") =:= Cwd ++ "/."]),
    [io:format("absname1 ~w: ~w~n", [P, t(fun() -> absname_relative(Cwd, P) end)])
     || P <- ["a", "/a", "", ".", "..", "a/../b", <<"a">>, <<"/a">>, a, ["a", "b"], "./a",
              "a/./b/", 1]],
    ok.

%% The part of absname(P) after the working directory, which differs between machines.
absname_relative(Cwd, P) ->
    case filename:absname(P) of
        Bin when is_binary(Bin) ->
            CwdBin = list_to_binary(Cwd),
            case Bin of
                <<CwdBin:(byte_size(CwdBin))/binary, Rest/binary>> -> {cwd, Rest};
                _ -> Bin
            end;
        List ->
            case lists:prefix(Cwd, List) of
                true -> {cwd, lists:nthtail(length(Cwd), List)};
                false -> List
            end
    end.
