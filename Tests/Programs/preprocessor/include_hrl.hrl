%% Included by include_hrl.erl.
-define(FROM_HEADER, "macro from header").
-record(point, {x = 0, y = 0}).

header_function(X) -> {header, X}.
