-module(re_compile).
-export([main/1]).
p(X) -> io:format("~p~n", [X]).
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
  %% OTP's compiled binary is PCRE code: print only the shape.
  {ok, {re_pattern, G, U, 0, B}} = re:compile("(a)(?<n>b)", [unicode]),
  p({G, U, is_binary(B)}),
  Bad = ["a(b", "a)b", "[a", "*a", "a{3,2}", "(?<n>a)(?<n>b)", "\\k<zz>", "(?<=a+)b",
         "\\", "a\\1", "(?z)", "[z-a]", "[[:foo:]]", "a**", "(?", "x|?",
         "(?<=a|bc)", "[\\d-z]+"],
  [p({P, case re:compile(P) of {ok, _} -> ok; E -> E end}) || P <- Bad],
  p(r(fun() -> re:compile(abc) end)),
  p(r(fun() -> re:compile("a", [bogus]) end)),
  p(r(fun() -> re:compile("a", bogus) end)),
  p(r(fun() -> re:run("abc", "(", []) end)),
  p(re:run("abc", "(", [report_errors])),
  p(r(fun() -> re:run("abc", "a", [{capture, bad}]) end)),
  p(r(fun() -> re:run(abc, "a") end)),
  p(r(fun() -> re:split("abc", "b", [{capture, all}]) end)),
  p(r(fun() -> re:replace("abc", "b", "x", [{capture, all}]) end)),
  {ok, MP} = re:compile("(?<x>a)B", [caseless]),
  p(re:inspect(MP, namelist)),
  p(re:run("xAb", MP)),
  p(re:run("xAb", MP, [{capture, [x], list}])),
  p(re:replace("xAb", MP, "<&>", [{return, list}])),
  p(re:split("1ab2AB3", MP, [{return, list}])),
  {ok, MP2} = re:compile("^b", [multiline]),
  p(re:run("a\nb", MP2)),
  {ok, MP3} = re:compile("b", [anchored]),
  p(re:run("ab", MP3)),
  p(is_binary(re:version())),
  %% catastrophic backtracking stops at the match limit
  Subject = lists:duplicate(30, $a) ++ "b",
  p(re:run(Subject, "^(a|aa)*$", [report_errors])),
  p(re:run(Subject, "^(a|aa)*$", [])),
  p(re:run(Subject, "(a*)*c", [report_errors])),
  %% long subjects do not overflow the stack
  Long = lists:duplicate(100000, $a) ++ "b",
  p(re:run(Long, "(a|b)*", [])),
  p(re:run(Long, "^(?:a|c)*?b")),
  p(length(re:split(Long, "", [{return, binary}]))),
  ok.
