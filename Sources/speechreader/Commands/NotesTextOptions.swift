import Annotations
import ArgumentParser
import Foundation

/// A note's text: `--text TEXT`, or `--text-file FILE` (`-` for standard input) for long texts
/// (one command-line argument is limited to 128 KiB on Linux).
struct NotesTextOptions: ParsableArguments {
    @Option(name: .long, help: "The note's text.")
    var text: String?

    @Option(
        name: .customLong("text-file"),
        help: ArgumentHelp("Read the note's text from FILE (- for standard input).", valueName: "FILE"))
    var textFile: String?

    func validate() throws {
        switch (text, textFile) {
        case (nil, nil): throw ValidationError("give the note's text with --text TEXT or --text-file FILE")
        case (.some, .some): throw ValidationError("choose one of --text and --text-file")
        default: break
        }
    }

    /// The text, read from the file or standard input if asked, normalised by `NoteText`; never empty.
    func resolve() throws -> String {
        let value: String
        if let text {
            value = text
        } else if let textFile {
            value = try read(textFile)
        } else {
            throw CLIError.invalidArgument("give the note's text with --text TEXT or --text-file FILE")
        }
        guard let text = NoteText.normalized(value) else { throw CLIError.invalidArgument("the note's text is empty") }
        return text
    }

    private func read(_ path: String) throws -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = Data(try FileReader.readRegularFile(path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError.undecodable(
                path: path == "-" ? "standard input" : path, reason: "the note's text is not UTF-8")
        }
        return text
    }
}
