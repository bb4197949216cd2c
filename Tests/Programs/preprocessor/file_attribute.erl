-module(file_attribute).
-export([main/1]).
-mode(compile).

%% Stack frames name the file a function comes from: an included file, or the file named by
%% the last -file(Name, Line) attribute, whose line numbers count from Line.
-include("file_attribute.hrl").

main(_) ->
    show(fun() -> from_header(id(1)) end),
    show(fun() -> renamed(id(2)) end),
    show(fun() -> later(id(3)) end),
    show(fun() -> after_header(id(4)) end),
    io:format("~p~n", [renamed_file_macro()]).

show(F) ->
    try F()
    catch error:Reason:Stack ->
        io:format("~p~n", [Reason]),
        [io:format("  ~p ~p~n", [Name, Loc]) || {_, Name, _, Loc} <- lists:sublist(Stack, 2)]
    end.

id(X) -> X.

-file("generated/renamed.erl", 200).
renamed(X) ->
    X = renamed.

renamed_file_macro() -> {?FILE, ?LINE}.

-file("third.erl", 1).
later(N) when N > 10 -> big;
later(0) -> zero.

after_header(X) ->
    [Y] = X,
    Y.
