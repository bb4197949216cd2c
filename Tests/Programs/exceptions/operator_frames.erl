-module(operator_frames).
-export([main/1]).
-mode(compile).

%% A failing operator is reported as a call of the erlang function of the same name: the
%% stack trace's first frame is {erlang,Op,Operands,[{error_info,...}]}.
%% (The operands come in as arguments: OTP's JIT drops the frame in some other contexts.)

add(A, B) -> A + B.
inc(A) -> A + 1.
sub(A, B) -> A - B.
dec(A) -> A - 1.
mul(A, B) -> A * B.
fdiv(A, B) -> A / B.
idiv(A, B) -> A div B.
rem_(A, B) -> A rem B.
band_(A, B) -> A band B.
bor_(A, B) -> A bor B.
bxor_(A, B) -> A bxor B.
bsl_(A, B) -> A bsl B.
bsr_(A, B) -> A bsr B.
neg(A) -> -A.
bnot_(A) -> bnot A.
not_(A) -> not A.
and_(A, B) -> A and B.
or_(A, B) -> A or B.
xor_(A, B) -> A xor B.
append(A, B) -> A ++ B.
subtract(A, B) -> A -- B.
send(To, Msg) -> To ! Msg.

show(F) ->
    try F() of
        V -> io:format("value ~p~n", [V])
    catch
        Class:Reason:Stack ->
            io:format("~p ~p~n  ~p~n", [Class, Reason, frame(hd(Stack))]),
            io:format("  caller ~p~n", [element(2, hd(tl(Stack)))])
    end.

%% escript renames the module: print a user frame's module as 'mod'.
frame({erlang, _, _, _} = Frame) -> Frame;
frame(Frame) -> setelement(1, Frame, mod).

main(_) ->
    show(fun() -> add(a, 1) end),
    show(fun() -> add(1, {x}) end),
    show(fun() -> inc(a) end),
    show(fun() -> sub(a, 2) end),
    show(fun() -> dec("s") end),
    show(fun() -> mul(3, b) end),
    show(fun() -> fdiv(1, 0) end),
    show(fun() -> fdiv(1.5, x) end),
    show(fun() -> idiv(7, 0) end),
    show(fun() -> idiv(7.0, 2) end),
    show(fun() -> rem_(7, 0) end),
    show(fun() -> band_(1.0, 1) end),
    show(fun() -> bor_(a, 1) end),
    show(fun() -> bxor_(a, 1) end),
    show(fun() -> bsl_(1, a) end),
    show(fun() -> bsr_(a, 1) end),
    show(fun() -> neg(<<1>>) end),
    show(fun() -> bnot_(1.5) end),
    show(fun() -> not_(3) end),
    show(fun() -> and_(true, 3) end),
    show(fun() -> or_(x, false) end),
    show(fun() -> xor_(1, 2) end),
    show(fun() -> append(a, [1]) end),
    show(fun() -> append([1|2], [1]) end),
    show(fun() -> subtract([1], a) end),
    show(fun() -> send(not_registered_name, hi) end),
    show(fun() -> send(42, hi) end),
    show(fun() -> add(1, 2) end),
    ok.
