import ArgumentParser
import DocumentImport
import Foundation
import SpeechParser

#if canImport(Glibc)
    import Glibc
#endif

/// `speechreader fix [FILE] [--in-place] [--disable rule-id,…]`.
struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Write the text with punctuation-width and marker-width findings fixed.",
        discussion: """
            Writes the fixed text (UTF-8) to stdout; nothing else changes and every character keeps \
            its place. --in-place replaces FILE instead, atomically, keeping its permissions and its \
            encoding (UTF-8 with or without BOM, UTF-16); GB18030 files are refused with --in-place.
            """
    )

    @Argument(help: "A text file (UTF-8, UTF-16 with BOM or GB18030). Default: the bundled speech.")
    var file: String?

    @Flag(name: .long, help: "Replace FILE with the fixed text instead of writing it to stdout.")
    var inPlace = false

    @OptionGroup var rules: CheckRuleOptions

    func run() throws {
        let disabled = try rules.disabled
        if inPlace, file == nil || file == "-" {
            throw CLIError.invalidArgument(
                "--in-place needs a FILE: the bundled speech and standard input cannot be rewritten")
        }
        let loaded = try LoadedDocument.load(file, sentences: false)  // never reads the sentence table
        if inPlace, loaded.format != .plainText {
            throw CLIError.invalidArgument(
                "--in-place rewrites plain text files only; \(file ?? "") is \(loaded.format.name): write `speechreader fix FILE > NEW.txt` instead"
            )
        }
        let fixed = StructureCheck.fixedText(loaded.document, disabled: disabled)
        guard inPlace, let path = file else {
            // A terminal gets control characters made visible, as every command does; a pipe or
            // file gets the text byte for byte, which is what `fix FILE > NEW` is for.
            StandardOutput.write(isatty(STDOUT_FILENO) == 1 ? FieldEscaping.escapeKeepingLines(fixed) : fixed)
            return
        }
        guard fixed != loaded.document.text else { return }  // nothing to fix: the file is left alone
        try InPlaceWriter.replace(path, with: try InPlaceWriter.encode(fixed, as: loaded.encoding, path: path))
    }
}
