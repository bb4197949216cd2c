extension Preprocessor {
    /// include -> '-' ('include' | 'include_lib') '(' String ')' '.'
    ///
    /// The included file's forms are read right here, with the same macros and
    /// sections; its tokens carry its own file name.
    mutating func runInclude(_ d: Directive) {
        let isLib = d.kind == .includeLib
        var reader = DirectiveReader(d)
        do throws(Diagnostic) {
            let args: [Token]
            switch reader.parenthesizedArguments() {
            case .failure(let bad): throw .error(bad.token.location, .badlyFormed(d.kind.rawValue))
            case .success(let parts): args = try expand(parts.args, inFunctionForm: false)
            }
            guard let nameToken = args.first, let name = Self.concatenatedString(args) else {
                throw .error(args.first?.location ?? d.endToken.location, .badlyFormed(d.kind.rawValue))
            }
            guard includeDepth < Self.maxIncludeDepth else { throw .error(nameToken.location, .includeTooDeep) }
            guard let (path, source) = findInclude(name, isLib: isLib) else {
                throw .error(nameToken.location, isLib ? .includeLibNotFound(name) : .includeNotFound(name))
            }
            include(source, path: path)
        } catch {
            report(error)
        }
    }

    /// The text of adjacent string literals, or nil if the tokens are anything else.
    private static func concatenatedString(_ tokens: [Token]) -> String? {
        var scalars = String.UnicodeScalarView()
        for token in tokens {
            guard case .string(let codePoints) = token.kind else { return nil }
            for c in codePoints {
                guard let s = Unicode.Scalar(UInt32(clamping: c)) else { return nil }
                scalars.append(s)
            }
        }
        return tokens.isEmpty ? nil : String(scalars)
    }

    private func findInclude(_ name: String, isLib: Bool) -> (path: String, source: String)? {
        var candidates = IncludeResolver.candidates(for: name, includer: currentFile, includePaths: includePaths)
        if isLib { candidates += IncludeResolver.libraryCandidates(for: name, includePaths: includePaths) }
        for path in candidates {
            if let source = readFile(path) { return (path, source) }
        }
        if isLib, let source = libraryHeaders[name] { return (name, source) }
        return nil
    }

    private mutating func include(_ source: String, path: String) {
        let tokens: [Token]
        do throws(CompileFailure) {
            tokens = try tokenize(source, path)
        } catch {
            for d in error.diagnostics { report(d) }
            return
        }
        let outerFile = currentFile
        currentFile = path
        includeDepth += 1
        defer {
            currentFile = outerFile
            includeDepth -= 1
        }
        processFile(tokens)
    }
}
