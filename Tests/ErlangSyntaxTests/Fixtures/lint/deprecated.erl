-module(deprecated).
-export([a/0, length/1, map/2]).
-import(lists, [map/2]).
a() -> {now(), random:uniform(), erlang:get_stacktrace(), string:tokens("a", " "), crypto:rand_bytes(1), erlang:now(), string:len("a"), calendar:local_time_to_universal_time(1), queue:lait(1)}.
length(X) -> X.
map(A, B) -> {A, B}.
