#!/usr/bin/env escript
-compile(export_all).
main(_) -> ok.
h(X, Y) -> X.
