-module(bad_arity_export).
-export([main/1]).

-export([missing/2]).

main(_) -> ok.
