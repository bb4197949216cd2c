import ErlangRuntime

/// The Swift built-ins of module `lists`: the functions that take no fun. The others
/// (map, foldl, filter, sort/2, ...) are Erlang code in stdlib/lists.erl.
///
/// Errors follow OTP 25. Where OTP implements a function in C (reverse/2, member/2,
/// keyfind/3, ...) a bad argument is `badarg`; where OTP writes it in Erlang, a bad
/// argument is whatever that Erlang code runs into, usually `function_clause`.
///
/// Lists can be millions of elements long: everything here iterates, nothing recurses
/// on a list's tail, and long walks charge reductions.
enum ListsBIFs {
    static let table = BIFTable(module: "lists", merging([
        basics, keyed, sorting, building,
    ]))
}
