-module(duplicate_function).
-export([main/1]).

main(_) -> ok.

f() -> 1.
f() -> 2.
