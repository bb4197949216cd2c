-module(io_lib_text).
-export([main/1]).

%% io_lib's text helpers: quoting atoms, characters and strings for latin1 or
%% Unicode, character-list predicates, chars_length/1, indentation/2.
main(_) ->
    P = fun(X) -> io:format("~w~n", [X]) end,
    P(io_lib:write_atom_as_latin1('héllo')),
    P(io_lib:write_atom_as_latin1('a b')),
    P(io_lib:write_atom_as_latin1(list_to_atom([1000]))),
    P([io_lib:quote_atom(A, atom_to_list(A)) || A <- [foo, 'Foo', 'a b', '', 'héllo', 'if', aB_1@, '_x', '1']]),
    P([io_lib:quote_atom(foo, []), io_lib:quote_atom(foo, "if"), io_lib:quote_atom('if', "foo")]),
    P(io_lib:chars_length("abc")),
    P(io_lib:chars_length(["ab", [$c], <<"dé"/utf8>>])),
    P([io_lib:indentation(S, I) || {S, I} <- [{"abc", 4}, {"ab\ncd", 4}, {"ab\tc", 0}, {"\t", 7}, {"", 3}]]),
    P([io_lib:latin1_char_list(X) || X <- ["abc", [256], ["a"], [], [-1], "a" ++ b]]),
    P([io_lib:deep_latin1_char_list(X) || X <- [["a", [$b]], [256], [<<"a">>], []]]),
    P([io_lib:deep_unicode_char_list(X) || X <- [["a", [1000]], [<<"a">>], [16#D800], [[[]]]]]),
    P(io_lib:write_latin1_char($a)),
    P(io_lib:write_latin1_char(233)),
    P(io_lib:write_latin1_char($\s)),
    P(io_lib:write_unicode_char(1000)),
    P(io_lib:write_char_as_latin1(1000)),
    P(io_lib:write_char_as_latin1($\n)),
    P([io_lib:write_char($\s), io_lib:write_unicode_char($\s), io_lib:write_char_as_latin1($\s)]),
    P(io_lib:write_latin1_string("a\"b")),
    P(io_lib:write_latin1_string("a'b", $')),
    P(io_lib:write_unicode_string([1000, $a])),
    P(io_lib:write_string_as_latin1([1000, $a, 233])),
    P(io_lib:write_string_as_latin1("a'b", $')),
    P(io_lib:write_string("a'b\"", $')),
    P(io_lib:write_string("tab\there")),
    E = fun(F) -> try F() catch C:R -> {C, R} end end,
    P(E(fun() -> io_lib:write_latin1_char(1000) end)),
    P(E(fun() -> io_lib:write_latin1_string([1000]) end)),
    P(E(fun() -> io_lib:write_atom_as_latin1("x") end)).
