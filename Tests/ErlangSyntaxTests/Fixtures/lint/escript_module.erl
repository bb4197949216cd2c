#!/usr/bin/env escript
-module(escript_module).
main(_) -> ok.
h() -> ok.
