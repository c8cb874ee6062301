import ArgumentParser
import Foundation
import ReaderCore

/// `speechreader [FILE]`: the interactive reader; when stdout is not a terminal, prints the
/// text (sanitised), as `less` does when piped.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open FILE in the interactive reader (the default command)."
    )

    @Argument(help: "A text file (UTF-8, UTF-16 with BOM or GB18030). Default: the bundled speech.")
    var file: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let loaded = try LoadedDocument.load(file)
        if isatty(STDOUT_FILENO) == 0 {
            StandardOutput.write(FieldEscaping.escapeKeepingLines(loaded.document.text))
            if !loaded.document.text.hasSuffix("\n"), !loaded.document.text.isEmpty { StandardOutput.write("\n") }
            return
        }
        // Keys come from the terminal when the document came through a pipe (`less` does the same).
        if loaded.isStandardInput { try StandardInput.attachTerminal() }
        try InteractiveSession.run(loaded, storeLocation: storeOptions.location)
    }
}
