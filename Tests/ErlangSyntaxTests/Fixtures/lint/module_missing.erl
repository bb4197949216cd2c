-export([f/0]).
-record(r,{a}).
f() -> ok.
