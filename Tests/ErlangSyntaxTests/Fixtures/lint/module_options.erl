-module(module_options).
-compile([{nowarn_unused_function, [f/0]}, nowarn_unused_vars]).
-on_load(g/0).
f() -> ok.
g() -> X = 1, ok.
h() -> ok.
-module(m3).
