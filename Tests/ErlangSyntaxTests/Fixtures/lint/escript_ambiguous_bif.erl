#!/usr/bin/env escript
main(_) -> length([1]), size({}).
length(_) -> 0.
