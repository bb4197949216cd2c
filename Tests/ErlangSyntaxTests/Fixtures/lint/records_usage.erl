-module(records_usage).
-export([a/0]).
-record(r, {a = foo()}).
-record(s, {a}).
-record(t, {b = #s{}}).
-record(u, {b = #s{}}).
a() -> #r{}.
foo() -> 1.
bar() -> #t{}.
