import BigInt
import ErlangRuntime
import ErlangSyntax
import HashTreeCollections
import Foundation

/// file:consult/1 and file:path_consult/2: the terms of a text file, each ended by a
/// dot, read with swerl's own scanner and parser. Errors are erl_parse's triples:
/// `{Line, erl_parse, ["syntax error before: ", Token]}` or `{Line, erl_parse, "bad term"}`
/// for an expression that is not a literal term.
enum FileConsult {
    static let functions: [String: BIFFunction] = [
        "consult/1": { a, _ in
            FileResult.run { () throws(FileResult) in
                .tuple(.ok, .list(try terms(of: try FileName.required(a[0]))))
            }
        },
        "path_consult/2": { a, _ in
            FileResult.run { () throws(FileResult) in
                guard let dirs = a[0].listElements else { throw .error(.atom(.badarg)) }
                let name = try FileName.required(a[1])
                for dir in name.hasPrefix("/") ? [Term.string("")] : dirs {
                    guard let d = FileName.path(dir) else { continue }
                    let full = d.isEmpty ? name : d + "/" + name
                    do throws(FileResult) {
                        return .tuple(.ok, .list(try terms(of: full)), .string(full))
                    } catch {
                        if case .error(let reason) = error, reason == .atom("enoent") { continue }
                        throw error
                    }
                }
                throw .error(.atom("enoent"))
            }
        },
    ]

    static func terms(of path: String) throws(FileResult) -> [Term] {
        let source = String(decoding: try FileBIFs.readAll(path), as: UTF8.self)
        let tokens: [Token]
        do throws(CompileFailure) { tokens = try Lexer.tokenize(source, file: path) } catch {
            let line = error.diagnostics.first?.location.line ?? 1
            throw .error(.tuple(.int(line), .atom("erl_scan"), .string(error.diagnostics.first?.message ?? "")))
        }
        var result: [Term] = []
        var form: [Token] = []
        for token in tokens {
            switch token.kind {
            case .eof:
                if let last = form.last {
                    // Tokens after the last dot: erl_parse fails at the first bad token, or
                    // else at the end of input (a dot at a line no token has stands for it).
                    let end = SourceLocation(file: path, line: Int.max, column: 1)
                    do throws(FileResult) { _ = try term(form + [Token(.dot, end)]) } catch {
                        if case .error(.tuple(let t)) = error, t[0] != .int(Int.max) { throw error }
                    }
                    throw .error(.tuple(.int(last.location.line), .atom("erl_parse"),
                                        .list([.string("syntax error before: "), .nil])))
                }
            case .dot:
                result.append(try term(form + [token]))
                form.removeAll()
            default:
                form.append(token)
            }
        }
        return result
    }

    /// One term from the tokens of `Term .`.
    static func term(_ tokens: [Token]) throws(FileResult) -> Term {
        let line = tokens.first?.location.line ?? 1
        let exprs: [Expr]
        do throws(CompileFailure) { exprs = try Parser.parseExprs(tokens) } catch {
            let d = error.diagnostics.first
            let message = d?.message ?? ""
            let prefix = "syntax error before: "
            let detail: Term = message.hasPrefix(prefix)
                ? .list([.string(prefix), .string(String(message.dropFirst(prefix.count)))])
                : .string(message)
            throw .error(.tuple(.int(d?.location.line ?? line), .atom("erl_parse"), detail))
        }
        guard exprs.count == 1, let t = LiteralTermValue.term(exprs[0]) else {
            throw .error(.tuple(.int(line), .atom("erl_parse"), .string("bad term")))
        }
        return t
    }
}
