-module(include_missing).
-export([main/1]).

-include("does_not_exist.hrl").

main(_) -> ok.
