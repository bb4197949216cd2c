-module(re_unicode).
-export([main/1]).
p(X) -> io:format("~p~n", [X]).
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
  p(re:run(<<"héllo"/utf8>>, "l+", [unicode])),
  p(re:run("héllo", "l+", [unicode])),
  p(re:run("héllo", "l+", [])),
  p(re:run([1000, $a], "a", [unicode])),
  p(re:run("日本語", ".", [unicode, global, {capture, all, list}])),
  p(re:run("日本語", ".", [unicode, global, {capture, all, binary}])),
  p(re:run("日本語", "(?<=本)語", [unicode])),
  p(re:run("xÉx", "é", [unicode, caseless])),
  p(re:run("xÉx", "é", [caseless])),
  p(re:run(<<"xÉx">>, <<"é">>, [caseless])),
  p(re:run("é", "\\w", [])),
  p(re:run("é", "[[:alpha:]]", [])),
  p(re:run("é", "\\w", [unicode])),
  p(re:run("Ωé", "\\w", [unicode, global])),
  p(re:run("µªºß×÷ÿ", "\\w+", [])),
  p(re:run("aΩb", "\\x{3a9}", [unicode])),
  p(re:run(["a", <<"b">>, [$c | <<"d">>]], "bc", [])),
  p(re:run(["a", <<"é"/utf8>>, 8364], "€", [unicode])),
  p(re:run("héllo", "(é)", [unicode, {capture, all, list}])),
  p(re:run("héllo", "(é)", [unicode, {capture, all, binary}])),
  p(re:split("héllo", "l", [unicode, {return, list}])),
  p(re:replace("héllo", "l", "L", [{return, list}, unicode, global])),
  p(re:replace("abc", "b", "é", [{return, binary}, unicode])),
  p(re:replace("abc", "b", "é", [{return, binary}])),
  p(r(fun() -> re:run([1000], "a", []) end)),
  p(r(fun() -> re:run(<<255, 97>>, "a", [unicode]) end)),
  p(r(fun() -> re:run(<<"abc">>, <<255>>, [unicode]) end)),
  ok.
