-module(include_nested).
-export([main/1]).
-mode(compile).

%% Headers including headers; a guard macro makes a second include harmless.
-include("include_nested.hrl").
-include("include_nested_inner.hrl").

main(_) ->
    io:format("~p~n", [?OUTER_VALUE]).
