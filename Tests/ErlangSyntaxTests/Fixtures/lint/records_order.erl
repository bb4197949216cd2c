-module(records_order).
-export([a/0, b/0]).
a() -> #r{}.
-record(r, {a = #s{}}).
-record(s, {a}).
b() -> #r{}.
