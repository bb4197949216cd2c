-module(head_mismatch).
-export([main/1]).

main(_) -> ok;
mian(_) -> error.
