import Foundation
import ErlangRuntime

/// The pretty printer recurses once per level of term nesting (a tuple inside a tuple, a
/// list as a list element), a few hundred bytes of native stack per level. Terms nested
/// deeper than a scheduler thread's stack can take are printed on a helper thread whose
/// stack is sized for them, so that no Erlang term can crash the VM by being printed.
enum DeepTermStack {
    /// Nesting the calling thread is trusted to handle.
    static let inlineNesting = 150
    /// Native stack reserved per level of nesting on the helper thread (generous: debug
    /// builds use about 2 KB).
    static let bytesPerLevel = 4096
    static let maxStack = 1 << 30

    /// The deepest nesting of `t`: 0 for atomic terms, 1 for a flat list or tuple.
    /// List tails do not count (they are walked iteratively everywhere).
    static func nesting(_ t: Term) -> Int {
        var deepest = 0
        var pending: [(Term, Int)] = [(t, 0)]
        while let (term, level) = pending.popLast() {
            switch term {
            case .cons:
                deepest = max(deepest, level + 1)
                var rest = term
                while case .cons(let cell) = rest {
                    if isCompound(cell.head) { pending.append((cell.head, level + 1)) }
                    rest = cell.tail
                }
                if isCompound(rest) { pending.append((rest, level + 1)) }
            case .tuple(let tuple):
                deepest = max(deepest, level + 1)
                for e in tuple.elements where isCompound(e) { pending.append((e, level + 1)) }
            case .map(let map):
                deepest = max(deepest, level + 1)
                for (k, v) in map.dict {
                    if isCompound(k) { pending.append((k, level + 1)) }
                    if isCompound(v) { pending.append((v, level + 1)) }
                }
            default:
                break
            }
        }
        return deepest
    }

    private static func isCompound(_ t: Term) -> Bool {
        switch t {
        case .cons, .tuple, .map: return true
        default: return false
        }
    }

    /// Runs `body` here when `nesting` is shallow, else on a thread with a big enough stack.
    static func run<R>(nesting: Int, _ body: @escaping () -> R) -> R {
        if nesting <= inlineNesting { return body() }
        let box = ResultBox<R>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = min(maxStack, (nesting + 256) * bytesPerLevel)
        thread.start()
        done.wait()
        // The semaphore orders the helper's write before this read.
        guard let value = box.value else { return body() }
        return value
    }

    private final class ResultBox<R>: @unchecked Sendable {
        var value: R?
    }
}
