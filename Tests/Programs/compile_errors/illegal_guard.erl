-module(illegal_guard).
-export([main/1]).

main(X) when length(X) > lists:max([1]) ->
    ok;
main(_) ->
    ok.
