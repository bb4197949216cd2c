-module(records_default_calls).
-export([a/1]).
-record(r, {a = foo(), b = 1}).
a(X) -> X#r.b.
foo() -> 1.
