-module(atom_compare).
-export([main/1]).
-mode(compile).

%% Atoms compare by their text, not by creation order.
main(_) ->
    io:format("~p~n", [lists:sort([zebra, apple, 'Zed', 'apple pie', a, b, '', 'é'])]),
    io:format("~p~n", [[abc < abd, ab < abc, 'B' < a, true > false]]).
