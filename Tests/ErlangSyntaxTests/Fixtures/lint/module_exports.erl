-module(module_exports).
-compile(export_all).
-export([a/0, b/1, a/0]).
a() -> ok.
a() -> ok.
b(_) -> ok.
c() -> fun d/0.
-export([c/0]).
-record(r, {a}).
e() -> fun lists:map/2, fun e/1, fun foo:bar/1, fun M:F/A.
