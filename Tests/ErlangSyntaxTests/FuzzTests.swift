import XCTest
@testable import ErlangSyntax

/// Mutated and pathological inputs: the lexer and parser must return (a result
/// or diagnostics) for anything, never crash or hang. Deterministic: the random
/// edits come from a seeded generator.
final class FuzzTests: XCTestCase {
    static let programs = [
        """
        -module(sample).
        -export([start/0, loop/1]).
        -record(state, {count = 0 :: non_neg_integer(), name = "x", tags = [] :: [atom()]}).
        -type tree() :: {node, tree(), tree()} | leaf | #{atom() => <<_:8, _:_*4>>}.
        -spec loop(#state{}) -> no_return().
        start() -> spawn(fun() -> loop(#state{}) end).
        loop(S = #state{count = N}) ->
            receive
                {add, K} when is_integer(K), K > 0; K =:= -1 -> loop(S#state{count = N + K});
                {get, From} -> From ! {ok, N}, loop(S);
                stop -> ok
            after 1000 -> loop(S)
            end.
        """,
        """
        -module(more).
        f(<<X:8/integer-unsigned-big, Rest/binary>>, [H | T], {A, _}, #{k := V}) ->
            L = [Y * 2 || Y <- T, Y rem 2 =:= 0],
            B = << <<(C + 1)>> || <<C>> <= Rest >>,
            M = #{a => 1, b => [1, 2 | L]},
            try lists:map(fun(E) -> E + V end, L) of
                R -> {R, B, M#{c => $c, d => 'quoted atom', e => "str" "ing"}}
            catch
                throw:X1 -> X1;
                error:Reason:Stack when Reason =/= badarg -> {Reason, Stack};
                _:_ -> catch erlang:error(x)
            after
                ok
            end;
        f(_, _, _, _) ->
            case begin 1 end of
                1 -> if A == 1 -> -1.5e-3; true -> 16#FF band bnot 2#1010 end
            end.
        g(F) -> F = fun g/1, H = fun more:g/1, fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end.
        """,
    ]

    private func parseEverything(_ source: String) {
        guard let tokens = try? Lexer.tokenize(source, file: "fuzz.erl") else { return }
        _ = try? Parser.parseModule(tokens, file: "fuzz.erl")
        _ = try? Parser.parseExprs(tokens)
    }

    func testEveryPrefixOfTheSamples() {
        for program in Self.programs {
            let characters = Array(program)
            for end in stride(from: 0, through: characters.count, by: 3) {
                parseEverything(String(characters[0..<end]))
            }
        }
    }

    func testRandomEditsOfTheSamples() {
        var random = SplitMix64(seed: 42)
        let alphabet = Array("()[]{}<>.,;:|=#-+*/!?$'\"\\% \n\tabcXY_019eE@&~`^α\u{0}\u{7F}\u{FFFD}")
        for program in Self.programs {
            for _ in 0..<600 {
                var characters = Array(program)
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    let i = Int.random(in: 0..<characters.count, using: &random)
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0: characters.remove(at: i)
                    case 1: characters.insert(alphabet.randomElement(using: &random) ?? " ", at: i)
                    default: characters[i] = alphabet.randomElement(using: &random) ?? " "
                    }
                    if characters.isEmpty { break }
                }
                parseEverything(String(characters))
            }
        }
    }

    func testRandomBytes() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<1500 {
            let bytes = (0..<Int.random(in: 0...120, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            parseEverything(String(decoding: bytes, as: UTF8.self))
        }
        let printable = Array("-module(x).f()->[{<<\"'$.%#:=|X_1a")
        for _ in 0..<1500 {
            let text = (0..<Int.random(in: 0...80, using: &random)).map { _ in printable.randomElement(using: &random) ?? " " }
            parseEverything(String(text))
        }
    }

    func testPathologicalNesting() {
        let n = 10_000
        let wrappers = [
            ("(", ")"), ("[", "]"), ("{", "}"), ("<<(", ")>>"), ("begin ", " end"), ("fun() -> ", " end"),
            ("- ", ""), ("catch ", ""), ("not ", ""), ("#{a => ", "}"), ("f(", ")"), ("[X || X <- ", "]"),
            ("case x of _ -> ", " end"), ("try ", " after ok end"), ("#r{a = ", "}"),
        ]
        for (open, close) in wrappers {
            let body = String(repeating: open, count: n) + "1" + String(repeating: close, count: n)
            parseEverything("f() -> " + body + ".")
            parseEverything(body + ".")
            parseEverything(String(repeating: open, count: n))            // never closed
        }
        parseEverything("-spec f() -> " + String(repeating: "{", count: n) + String(repeating: "}", count: n) + ".")
        parseEverything("-type t() :: " + String(repeating: "[", count: n) + String(repeating: "]", count: n) + ".")
        parseEverything("-record(r, {a :: " + String(repeating: "fun((", count: n) + ".")
        parseEverything("f(" + String(repeating: "(", count: n) + "X" + String(repeating: ")", count: n) + ") -> X.")
    }

    func testLongFlatInputs() {
        let many = Array(repeating: Self.programs[1].replacingOccurrences(of: "-module(more).", with: ""), count: 60)
        parseEverything(many.joined(separator: "\n"))
        parseEverything("f() -> [" + Array(repeating: "{a, 1}", count: 20_000).joined(separator: ",") + "].")
        parseEverything("f() -> " + Array(repeating: "X", count: 20_000).joined(separator: " ++ ") + ".")
        parseEverything("f() -> \"" + String(repeating: "a", count: 200_000) + "\".")
        parseEverything(String(repeating: "a. ", count: 20_000))
    }
}

/// A small seeded generator (SplitMix64), so that failures reproduce.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
