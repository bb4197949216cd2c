%% swerl's assert.hrl: the assertion macros of OTP's stdlib/include/assert.hrl, written for
%% swerl from the documented behaviour. A failed assertion raises
%% erlang:error({Kind, Info}) with Info the property list OTP gives: module, line, the
%% expression as text (??Expr), and what was expected and found.
%%
%% -define(NOASSERT, true) before including turns every assertion into `ok`;
%% -define(ASSERT, true) turns them back on (NODEBUG implies NOASSERT).

-ifndef(SWERL_ASSERT_HRL).
-define(SWERL_ASSERT_HRL, true).

-ifdef(ASSERT).
-undef(NOASSERT).
-else.
-ifdef(NODEBUG).
-ifndef(NOASSERT).
-define(NOASSERT, true).
-endif.
-endif.
-endif.

-ifdef(NOASSERT).
-define(assert(BoolExpr), ok).
-define(assertNot(BoolExpr), ok).
-define(assertMatch(Guard, Expr), ok).
-define(assertNotMatch(Guard, Expr), ok).
-define(assertEqual(Expect, Expr), ok).
-define(assertNotEqual(Unexpected, Expr), ok).
-define(assertException(Class, Term, Expr), ok).
-define(assertNotException(Class, Term, Expr), ok).
-else.

%% assert and assertNot: BoolExpr must be Expected; Other is the boolean that fails.
-define(SWERL_ASSERT_BOOLEAN(Expected, Other, BoolExpr),
        begin
        ((fun () ->
            case (BoolExpr) of
                Expected -> ok;
                __SwerlV -> erlang:error({assert,
                                          [{module, ?MODULE}, {line, ?LINE},
                                           {expression, (??BoolExpr)}, {expected, Expected},
                                           case __SwerlV of
                                               Other -> {value, __SwerlV};
                                               _ -> {not_boolean, __SwerlV}
                                           end]})
            end
          end)())
        end).
-define(assert(BoolExpr), ?SWERL_ASSERT_BOOLEAN(true, false, BoolExpr)).
-define(assertNot(BoolExpr), ?SWERL_ASSERT_BOOLEAN(false, true, BoolExpr)).

-define(assertMatch(Guard, Expr),
        begin
        ((fun () ->
            case (Expr) of
                Guard -> ok;
                __SwerlV -> erlang:error({assertMatch,
                                          [{module, ?MODULE}, {line, ?LINE},
                                           {expression, (??Expr)}, {pattern, (??Guard)},
                                           {value, __SwerlV}]})
            end
          end)())
        end).

-define(assertNotMatch(Guard, Expr),
        begin
        ((fun () ->
            __SwerlV = (Expr),
            case __SwerlV of
                Guard -> erlang:error({assertNotMatch,
                                       [{module, ?MODULE}, {line, ?LINE},
                                        {expression, (??Expr)}, {pattern, (??Guard)},
                                        {value, __SwerlV}]});
                _ -> ok
            end
          end)())
        end).

-define(assertEqual(Expect, Expr),
        begin
        ((fun () ->
            __SwerlX = (Expect),
            case (Expr) of
                __SwerlX -> ok;
                __SwerlV -> erlang:error({assertEqual,
                                          [{module, ?MODULE}, {line, ?LINE},
                                           {expression, (??Expr)}, {expected, __SwerlX},
                                           {value, __SwerlV}]})
            end
          end)())
        end).

-define(assertNotEqual(Unexpected, Expr),
        begin
        ((fun () ->
            __SwerlX = (Unexpected),
            case (Expr) of
                __SwerlX -> erlang:error({assertNotEqual,
                                          [{module, ?MODULE}, {line, ?LINE},
                                           {expression, (??Expr)}, {value, __SwerlX}]});
                _ -> ok
            end
          end)())
        end).

-define(assertException(Class, Term, Expr),
        begin
        ((fun () ->
            try (Expr) of
                __SwerlV -> erlang:error({assertException,
                                          [{module, ?MODULE}, {line, ?LINE},
                                           {expression, (??Expr)},
                                           {pattern, "{ " ++ (??Class) ++ " , " ++ (??Term) ++ " , [...] }"},
                                           {unexpected_success, __SwerlV}]})
            catch
                Class:Term -> ok;
                __SwerlC:__SwerlT:__SwerlS ->
                    erlang:error({assertException,
                                  [{module, ?MODULE}, {line, ?LINE},
                                   {expression, (??Expr)},
                                   {pattern, "{ " ++ (??Class) ++ " , " ++ (??Term) ++ " , [...] }"},
                                   {unexpected_exception, {__SwerlC, __SwerlT, __SwerlS}}]})
            end
          end)())
        end).

-define(assertNotException(Class, Term, Expr),
        begin
        ((fun () ->
            try (Expr) of
                _ -> ok
            catch
                __SwerlC:__SwerlT:__SwerlS ->
                    case __SwerlC of
                        Class ->
                            case __SwerlT of
                                Term ->
                                    erlang:error({assertNotException,
                                                  [{module, ?MODULE}, {line, ?LINE},
                                                   {expression, (??Expr)},
                                                   {pattern, "{ " ++ (??Class) ++ " , " ++ (??Term) ++ " , [...] }"},
                                                   {unexpected_exception, {__SwerlC, __SwerlT, __SwerlS}}]});
                                _ -> ok
                            end;
                        _ -> ok
                    end
            end
          end)())
        end).

-endif.

-define(assertError(Term, Expr), ?assertException(error, Term, Expr)).
-define(assertExit(Term, Expr), ?assertException(exit, Term, Expr)).
-define(assertThrow(Term, Expr), ?assertException(throw, Term, Expr)).

-endif.
