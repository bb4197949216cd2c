import Foundation
import ErlangRuntime

/// `swerl_file`: swerl's own helpers for the file-system questions that library modules
/// written in Erlang need (there is no `file` module yet). `get_cwd/0` is the working
/// directory as a character list, what `filename:absname/1` joins relative names to.
enum SwerlFileBIFs {
    static let table = BIFTable(module: "swerl_file", [
        "get_cwd/0": { _, _ throws(ErlangError) in
            .string(FileManager.default.currentDirectoryPath)
        },
    ])
}
