%% queue: double-ended FIFO queues, written from the OTP 25 documentation
%% and from observing OTP's results.
%%
%% A queue is {Rear, Front}: Front holds the oldest items first, Rear the
%% newest items first, so the queue reads Front ++ reverse(Rear). Whenever
%% the queue has two or more items neither list is empty; when one side
%% runs dry the other is cut in half. The terms produced are OTP's, item
%% for item, so queues print and compare (=:=) as in OTP.
-module(queue).
-compile({no_auto_import, [get/1]}).

-export([new/0, is_queue/1, is_empty/1, len/1, to_list/1, from_list/1,
         member/2, in/2, in_r/2, out/1, out_r/1, get/1, get_r/1, peek/1,
         peek_r/1, drop/1, drop_r/1, reverse/1, join/2, split/2, filter/2,
         filtermap/2, fold/3, any/2, all/2, delete/2, delete_r/2,
         delete_with/2, delete_with_r/2]).
%% The "Okasaki API".
-export([cons/2, head/1, tail/1, snoc/2, daeh/1, last/1, liat/1, init/1,
         lait/1]).

new() -> {[], []}.

is_queue({R, F}) when is_list(R), is_list(F) -> true;
is_queue(_) -> false.

is_empty({[], []}) -> true;
is_empty({R, F}) when is_list(R), is_list(F) -> false;
is_empty(Q) -> erlang:error(badarg, [Q]).

len({R, F}) when is_list(R), is_list(F) -> length(R) + length(F);
len(Q) -> erlang:error(badarg, [Q]).

to_list({R, F}) when is_list(R), is_list(F) -> F ++ lists:reverse(R);
to_list(Q) -> erlang:error(badarg, [Q]).

from_list(L) when is_list(L) -> front_to_rear(L);
from_list(L) -> erlang:error(badarg, [L]).

member(X, {R, F}) when is_list(R), is_list(F) ->
    lists:member(X, F) orelse lists:member(X, R);
member(X, Q) -> erlang:error(badarg, [X, Q]).

%% ---------------------------------------------------------------------
%% Adding and removing at either end.

in(X, {[_] = R, []}) -> {[X], R};
in(X, {R, F}) when is_list(R), is_list(F) -> {[X | R], F};
in(X, Q) -> erlang:error(badarg, [X, Q]).

in_r(X, {[], [_] = F}) -> {F, [X]};
in_r(X, {R, F}) when is_list(R), is_list(F) -> {R, [X | F]};
in_r(X, Q) -> erlang:error(badarg, [X, Q]).

out({[], []} = Q) -> {empty, Q};
out({R, F} = Q) when is_list(R), is_list(F) ->
    {X, Rest} = take_front(Q),
    {{value, X}, Rest};
out(Q) -> erlang:error(badarg, [Q]).

out_r({[], []} = Q) -> {empty, Q};
out_r({R, F} = Q) when is_list(R), is_list(F) ->
    {X, Rest} = take_rear(Q),
    {{value, X}, Rest};
out_r(Q) -> erlang:error(badarg, [Q]).

drop({[], []} = Q) -> erlang:error(empty, [Q]);
drop({R, F} = Q) when is_list(R), is_list(F) -> element(2, take_front(Q));
drop(Q) -> erlang:error(badarg, [Q]).

drop_r({[], []} = Q) -> erlang:error(empty, [Q]);
drop_r({R, F} = Q) when is_list(R), is_list(F) -> element(2, take_rear(Q));
drop_r(Q) -> erlang:error(badarg, [Q]).

get({[], []} = Q) -> erlang:error(empty, [Q]);
get({R, F}) when is_list(R), is_list(F) -> first_item(R, F);
get(Q) -> erlang:error(badarg, [Q]).

get_r({[], []} = Q) -> erlang:error(empty, [Q]);
get_r({R, F}) when is_list(R), is_list(F) -> first_item(F, R);
get_r(Q) -> erlang:error(badarg, [Q]).

peek({[], []}) -> empty;
peek({R, F}) when is_list(R), is_list(F) -> {value, first_item(R, F)};
peek(Q) -> erlang:error(badarg, [Q]).

peek_r({[], []}) -> empty;
peek_r({R, F}) when is_list(R), is_list(F) -> {value, first_item(F, R)};
peek_r(Q) -> erlang:error(badarg, [Q]).

%% The item at the head of Near, or else the last of Far.
first_item(_Far, [X | _]) -> X;
first_item(Far, []) -> lists:last(Far).

%% Removes the oldest item of a non-empty queue. A front emptied by the
%% removal is refilled with the older half of the rear; a queue with an
%% empty front (only built by hand) keeps its newest item in the rear.
take_front({[X], []}) -> {X, {[], []}};
take_front({[Y | R], []}) ->
    [X | F] = lists:reverse(R),
    {X, {[Y], F}};
take_front({R, [X]}) -> {X, rear_to_front(R)};
take_front({R, [X | F]}) -> {X, {R, F}}.

%% Removes the newest item: take_front/1 mirrored.
take_rear({[], [X]}) -> {X, {[], []}};
take_rear({[], [Y | F]}) ->
    [X | R] = lists:reverse(F),
    {X, {R, [Y]}};
take_rear({[X], F}) -> {X, front_to_rear(F)};
take_rear({[X | R], F}) -> {X, {R, F}}.

%% A queue of the items of a front list: the first half of them stays in
%% front, the rest goes to the rear. A single item goes to the rear.
front_to_rear([]) -> {[], []};
front_to_rear([_] = F) -> {F, []};
front_to_rear(F) ->
    {Front, Back} = lists:split(length(F) div 2, F),
    {lists:reverse(Back), Front}.

%% A queue of the items of a rear list: the newer half stays in the rear,
%% the older half goes to the front. A single item goes to the front.
rear_to_front([]) -> {[], []};
rear_to_front([_] = R) -> {[], R};
rear_to_front(R) ->
    {Rear, Older} = lists:split(length(R) div 2, R),
    {Rear, lists:reverse(Older)}.

%% ---------------------------------------------------------------------
%% Whole queues.

reverse({R, F}) when is_list(R), is_list(F) -> {F, R};
reverse(Q) -> erlang:error(badarg, [Q]).

join({R, F} = Q, {[], []}) when is_list(R), is_list(F) -> Q;
join({[], []}, {R, F} = Q) when is_list(R), is_list(F) -> Q;
join({R1, F1}, {R2, F2}) when is_list(R1), is_list(F1), is_list(R2), is_list(F2) ->
    {R2, F1 ++ lists:reverse(R1, F2)};
join(Q1, Q2) -> erlang:error(badarg, [Q1, Q2]).

split(0, {R, F} = Q) when is_list(R), is_list(F) -> {{[], []}, Q};
split(N, {R, F} = Q) when is_integer(N), N > 0, is_list(R), is_list(F) ->
    Front = length(F),
    Len = Front + length(R),
    if
        N > Len -> erlang:error(badarg, [N, Q]);
        N < Front ->
            {F1, F2} = lists:split(N, F),
            {split_front(F1), {R, F2}};
        N =:= Front -> {front_to_rear(F), rear_to_front(R)};
        N =:= Len -> {Q, {[], []}};
        true ->
            {R2, R1} = lists:split(Len - N, R),
            {{R1, F}, split_rear(R2)}
    end;
split(N, Q) -> erlang:error(badarg, [N, Q]).

%% The queue of the items F cut from a front: its oldest item stays in
%% front and the others go to the rear.
split_front([_] = F) -> {[], F};
split_front([X | Xs]) -> {lists:reverse(Xs), [X]}.

%% The queue of the items R cut from a rear: split_front/2 mirrored.
split_rear([_] = R) -> {R, []};
split_rear([X | Xs]) -> {[X], lists:reverse(Xs)}.

%% ---------------------------------------------------------------------
%% Traversals. Rebuilt queues are put back into shape by normal/2.

filter(Fun, {R, F}) when is_function(Fun, 1), is_list(R), is_list(F) ->
    NewF = filter_list(Fun, F),
    NewR = lists:reverse(filter_list(Fun, lists:reverse(R))),
    normal(NewR, NewF);
filter(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

filter_list(Fun, [X | Xs]) ->
    case Fun(X) of
        true -> [X | filter_list(Fun, Xs)];
        false -> filter_list(Fun, Xs);
        L when is_list(L) -> L ++ filter_list(Fun, Xs)
    end;
filter_list(_Fun, []) -> [].

filtermap(Fun, {R, F}) when is_function(Fun, 1), is_list(R), is_list(F) ->
    NewF = lists:filtermap(Fun, F),
    NewR = lists:reverse(lists:filtermap(Fun, lists:reverse(R))),
    normal(NewR, NewF);
filtermap(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

normal([], F) -> front_to_rear(F);
normal(R, []) -> rear_to_front(R);
normal(R, F) -> {R, F}.

fold(Fun, Acc, {R, F}) when is_function(Fun, 2), is_list(R), is_list(F) ->
    lists:foldr(Fun, lists:foldl(Fun, Acc, F), R);
fold(Fun, Acc, Q) -> erlang:error(badarg, [Fun, Acc, Q]).

any(Pred, {R, F}) when is_function(Pred, 1), is_list(R), is_list(F) ->
    lists:any(Pred, F) orelse lists:any(Pred, R);
any(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

all(Pred, {R, F}) when is_function(Pred, 1), is_list(R), is_list(F) ->
    lists:all(Pred, F) andalso lists:all(Pred, R);
all(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

delete(X, {R, F}) when is_list(R), is_list(F) ->
    delete_with_1(fun(Y) -> Y =:= X end, R, F);
delete(X, Q) -> erlang:error(badarg, [X, Q]).

delete_r(X, {R, F}) when is_list(R), is_list(F) ->
    reverse_back(delete_with_1(fun(Y) -> Y =:= X end, F, R));
delete_r(X, Q) -> erlang:error(badarg, [X, Q]).

delete_with(Pred, {R, F}) when is_function(Pred, 1), is_list(R), is_list(F) ->
    delete_with_1(Pred, R, F);
delete_with(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

delete_with_r(Pred, {R, F}) when is_function(Pred, 1), is_list(R), is_list(F) ->
    reverse_back(delete_with_1(Pred, F, R));
delete_with_r(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

reverse_back({R, F}) -> {F, R}.

%% Removes the first item of F ++ reverse(R) that satisfies Pred. Only a
%% list emptied by the removal is refilled from the other.
delete_with_1(Pred, R, F) ->
    case delete_first(Pred, F) of
        {deleted, []} -> rear_to_front(R);
        {deleted, NewF} -> {R, NewF};
        none ->
            case delete_first(Pred, lists:reverse(R)) of
                {deleted, []} -> front_to_rear(F);
                {deleted, NewR} -> {lists:reverse(NewR), F};
                none -> {R, F}
            end
    end.

delete_first(Pred, [X | Xs]) ->
    case Pred(X) of
        true -> {deleted, Xs};
        false ->
            case delete_first(Pred, Xs) of
                {deleted, Rest} -> {deleted, [X | Rest]};
                none -> none
            end
    end;
delete_first(_Pred, []) -> none.

%% ---------------------------------------------------------------------
%% The Okasaki API: the same operations under the names of Okasaki's
%% "Purely Functional Data Structures".

cons(X, Q) -> in_r(X, Q).
head(Q) -> get(Q).
tail(Q) -> drop(Q).
snoc(Q, X) -> in(X, Q).
daeh(Q) -> get_r(Q).
last(Q) -> get_r(Q).
liat(Q) -> drop_r(Q).
init(Q) -> drop_r(Q).
lait(Q) -> drop_r(Q).
