-module(records_info_funs).
-export([a/1, b/0, c/0]).
-import(lists, [map/2]).
-record(r, {a = foo()}).
-record(s, {a}).
-record(t, {b = #s{}}).
a(X) -> record_info(fields, X).
b() -> {fun length/1, fun map/2, fun spawn/1}.
c() -> is_record(x, nope), is_record(x, nope, 1), erlang:is_record(x, nope).
foo() -> 1.
bar() -> #r{}.
