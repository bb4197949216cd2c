-module(bif_frames).
-export([main/1]).
-mode(compile).

%% A failing BIF is the first frame of the stack trace, with its arguments and
%% [{error_info,#{module => M}}]: erl_erts_errors for erlang, erl_stdlib_errors for
%% lists, maps and binary. maps:get/2, maps:is_key/2 and maps:size/1 called directly are
%% compiled as the erlang BIFs; through apply they keep their own names.

id(X) -> X.

show(F) ->
    try F() of
        V -> io:format("value ~p~n", [V])
    catch
        Class:Reason:Stack ->
            io:format("~p ~p~n  ~p~n", [Class, Reason, frame(hd(Stack))])
    end.

%% escript renames the module: print a user frame's module as 'mod'.
frame({M, _, _, _} = Frame) when M =:= erlang; M =:= lists; M =:= maps; M =:= binary -> Frame;
frame(Frame) -> setelement(1, Frame, mod).

main(_) ->
    show(fun() -> element(id(5), {1, 2}) end),
    show(fun() -> setelement(id(0), {1}, x) end),
    show(fun() -> atom_to_list(id("a")) end),
    show(fun() -> list_to_integer(id("12x")) end),
    show(fun() -> binary_to_atom(id(5)) end),
    show(fun() -> hd(id([])) end),
    show(fun() -> tl(id(a)) end),
    show(fun() -> length(id([a | b])) end),
    show(fun() -> tuple_size(id([])) end),
    show(fun() -> map_get(a, id(#{})) end),
    show(fun() -> maps:get(a, id(#{})) end),
    show(fun() -> maps:is_key(a, id(x)) end),
    show(fun() -> maps:size(id(x)) end),
    show(fun() -> apply(maps, get, id([a, #{}])) end),
    show(fun() -> maps:put(a, 1, id(x)) end),
    show(fun() -> maps:find(a, id([])) end),
    show(fun() -> lists:member(1, id(a)) end),
    show(fun() -> lists:keyfind(1, id(0), []) end),
    show(fun() -> binary:part(id(<<1>>), 3, 4) end),
    show(fun() -> abs(id(a)) end),
    show(fun() -> integer_to_list(id(1.0)) end),
    show(fun() -> list_to_atom(id([a])) end),
    show(fun() -> byte_size(id(a)) end),
    show(fun() -> erlang:send(id(nobody_here), x) end),
    show(fun() -> erlang:error(my_reason, [1, two]) end),
    show(fun() -> erlang:error(my_reason) end),
    show(fun() -> apply(id(1), f, []) end),
    show(fun() -> F = id(fun erlang:element/2), F(9, {}) end),
    M = id(erlang),
    show(fun() -> M:element(9, {}) end),
    ok.
