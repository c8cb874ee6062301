import Foundation
import ReaderStore

/// The reader's own launch, `speechreader` or `speechreader FILE`, recognised without the argument
/// parser: parsing walks the conformance records of every command type (most of a start-up's
/// work), and the reader should start as fast as `less`. Anything else — an option, a subcommand,
/// a name that is not a file — goes through the parser, so its errors and help are unchanged.
enum ReaderLaunch {
    /// The document to open when `arguments` (without the program name) are a plain reader
    /// launch: `.some(nil)` for the bundled speech, `.some(path)` for a file; nil otherwise.
    static func document(for arguments: [String], subcommands: [String]) -> String?? {
        guard arguments.count <= 1 else { return nil }
        guard let argument = arguments.first else { return .some(nil) }
        guard !argument.isEmpty, !argument.hasPrefix("-"), !subcommands.contains(argument) else { return nil }
        // A name that is not there is left to the parser, which knows the subcommands it may be
        // a misspelling of; the file's own problems (a directory, a FIFO) are the loader's.
        guard FileManager.default.fileExists(atPath: argument) else { return nil }
        return .some(argument)
    }

    /// Opens `path` (nil: the bundled speech) in the reader, or prints it when stdout is not a
    /// terminal — exactly what `speechreader read [FILE]` does.
    static func run(_ path: String?, store: String? = nil) throws {
        let loaded = try LoadedDocument.load(path)
        if isatty(STDOUT_FILENO) == 0 {
            StandardOutput.write(FieldEscaping.escapeKeepingLines(loaded.document.text))
            if !loaded.document.text.hasSuffix("\n"), !loaded.document.text.isEmpty { StandardOutput.write("\n") }
            return
        }
        // Keys come from the terminal when the document came through a pipe (`less` does the same).
        if loaded.isStandardInput { try StandardInput.attachTerminal() }
        let environment = LaunchEnvironment.current()
        let location = StoreLocation.resolve(option: store, environment: environment)
        try InteractiveSession.run(loaded, storeLocation: location, environment: environment)
    }
}
