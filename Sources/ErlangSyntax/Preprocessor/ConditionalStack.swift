/// The open `-if`/`-ifdef`/`-ifndef` sections and what each is doing. This is epp's
/// state machine as observed from `erlc`, including its error cases:
///
/// - in a section whose branch is taken, `-else`/`-elif` start skipping to `-endif`;
/// - in a section still looking for its branch, `-elif(true)` / `-else` take it;
/// - a second `-else` is "repeated '-else'", an `-elif` after `-else` is
///   "'elif' following 'else'" (while skipping) or "unbalanced '-elif'" (while taking);
/// - sections opened inside a skipped section are only counted, never evaluated.
struct ConditionalStack {
    enum State {
        /// This branch is being read.
        case taking
        /// No branch taken yet: skipping until `-elif` holds or `-else`.
        case seeking
        /// A branch was taken already: skipping to `-endif`.
        case done
        /// Opened inside a skipped section: skipping to its `-endif`, nothing evaluated.
        case inert
    }

    struct Section {
        /// The directive that opened it ("if", "ifdef", "ifndef"), or "else" once
        /// `-else` was seen; it names the section in "unterminated '-...'".
        var name: String
        var state: State
    }

    private(set) var sections: [Section] = []

    var depth: Int { sections.count }

    /// Whether forms are being dropped. Sections only open inside taken branches or
    /// as inert ones, so the innermost section decides.
    var isSkipping: Bool {
        guard let top = sections.last else { return false }
        return top.state != .taking
    }

    mutating func open(_ name: String, taking: Bool) {
        sections.append(Section(name: name, state: taking ? .taking : .seeking))
    }

    mutating func openInert(_ name: String) {
        sections.append(Section(name: name, state: .inert))
    }

    /// `-else`. Returns the error message, if any.
    mutating func handleElse() -> PreprocessorMessage? {
        guard var top = sections.last else { return .unbalanced("else") }
        defer { sections[sections.count - 1] = top }
        switch top.state {
        case .inert: return nil
        case .seeking:
            top.name = "else"
            top.state = .taking
            return nil
        case .taking, .done:
            if top.name == "else" {
                top.state = .done
                return .repeatedElse
            }
            top.name = "else"
            top.state = .done
            return nil
        }
    }

    /// What an `-elif` must do: nothing, evaluate its condition, or report an error.
    enum ElifAction { case ignore, evaluate, error(PreprocessorMessage) }

    /// `-elif`: first step. Call `takeElif()` when the condition then holds.
    mutating func handleElif() -> ElifAction {
        guard var top = sections.last else { return .error(.unbalanced("elif")) }
        defer { sections[sections.count - 1] = top }
        switch top.state {
        case .inert: return .ignore
        case .seeking: return .evaluate
        case .taking:
            top.state = .done
            return top.name == "else" ? .error(.unbalanced("elif")) : .ignore
        case .done:
            return top.name == "else" ? .error(.elifAfterElse) : .ignore
        }
    }

    mutating func takeElif() {
        guard !sections.isEmpty else { return }
        sections[sections.count - 1].state = .taking
    }

    /// `-endif`. Returns false when no section is open above `floor` (the sections
    /// opened by the files that include the current one cannot be closed from it).
    mutating func close(floor: Int) -> Bool {
        guard sections.count > floor else { return false }
        sections.removeLast()
        return true
    }

    /// Drops the sections above `depth`, returning their names, innermost first.
    mutating func truncate(to depth: Int) -> [String] {
        guard sections.count > depth else { return [] }
        let dropped = sections[depth...].reversed().map(\.name)
        sections.removeLast(sections.count - depth)
        return dropped
    }
}
