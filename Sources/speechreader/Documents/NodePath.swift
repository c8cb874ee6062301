import SpeechParser

/// Validates and resolves a node path argument (`1.2.3`, `preamble`, `closing`).
enum NodePath {
    static func isWellFormed(_ path: String) -> Bool {
        if path == "preamble" || path == "closing" { return true }
        let parts = path.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty
            && parts.allSatisfy { part in
                !part.isEmpty && part.count <= 6 && part.allSatisfy { $0.isASCII && $0.isNumber } && part.first != "0"
            }
    }

    /// The node index for `path` in `loaded`, or a CLIError saying what is wrong.
    static func resolve(_ path: String, in loaded: LoadedDocument) throws -> Int {
        guard isWellFormed(path) else { throw CLIError.malformedPath(path) }
        guard let index = loaded.document.nodeIndex(path: path) else {
            throw CLIError.unknownPath(path, file: loaded.displayName)
        }
        return index
    }
}
