#!/usr/bin/env escript
foo(X) -> X.
