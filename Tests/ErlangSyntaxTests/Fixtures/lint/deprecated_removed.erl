-module(deprecated_removed).
-export([a/0, b/0, length/1]).
a() -> {code:rehash(), gen_fsm:start(a, b, c), erlang:phash(a, 1), fun erlang:now/0, fun now/0, fun length/1, pg2:create(x)}.
b() -> slave:pseudo(a).
length(_) -> 1.
