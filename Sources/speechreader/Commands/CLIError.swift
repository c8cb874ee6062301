/// Errors the command line reports: one line on stderr starting `speechreader: `, and an exit code.
enum CLIError: Error, CustomStringConvertible {
    /// The file cannot be read (missing, a directory, a device or FIFO, unreadable).
    case cannotOpen(path: String, reason: String)
    /// The file's bytes are not a text we can decode.
    case undecodable(path: String, reason: String)
    /// A path argument that names no node.
    case unknownPath(String, file: String)
    /// A path argument that is not a path at all.
    case malformedPath(String)
    /// A search that found nothing.
    case noMatch(String)
    /// Anything else the user can fix by changing the arguments.
    case invalidArgument(String)

    var description: String {
        switch self {
        case .cannotOpen(let path, let reason): return "cannot open \(FieldEscaping.escape(path)): \(reason)"
        case .undecodable(let path, let reason): return "\(FieldEscaping.escape(path)): \(reason)"
        case .unknownPath(let path, let file):
            return "no node at path \(path) in \(FieldEscaping.escape(file)) (see `speechreader outline`)"
        case .malformedPath(let path):
            return "malformed path \(quoted(path)): use dot-separated numbers such as 1.2.3, or preamble / closing, "
                + "or the document's numbering such as 一(二)二是"
        case .noMatch(let query): return "no match for \(quoted(query))"
        case .invalidArgument(let message): return FieldEscaping.escape(message)
        }
    }

    /// Exit codes after sysexits.h: 1 for "not found", 64 usage, 65 bad data, 66 no input.
    var exitCode: Int32 {
        switch self {
        case .cannotOpen: return 66
        case .undecodable: return 65
        case .unknownPath, .noMatch: return 1
        case .malformedPath, .invalidArgument: return 64
        }
    }

    private func quoted(_ text: String) -> String {
        let shown = text.count > 60 ? String(text.prefix(60)) + "…" : text
        return "“" + FieldEscaping.escape(shown) + "”"
    }
}
