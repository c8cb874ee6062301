import ArgumentParser
import Foundation

/// The `speechreader` command: the interactive reader by default, and subcommands for scripts.
@main
struct SpeechReaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speechreader",
        abstract: "Read, navigate and annotate long structured Chinese speeches and official documents.",
        discussion: """
            With no subcommand, opens FILE (default: the bundled speech) in the interactive reader.
            Offsets in machine-readable output are UTF-8 byte offsets into the decoded text.
            """,
        version: SpeechReaderVersion.current,
        subcommands: [
            ReadCommand.self, OutlineCommand.self, ShowCommand.self, SearchCommand.self, BookmarksCommand.self,
            NotesCommand.self, RequirementsCommand.self, CheckCommand.self, FixCommand.self
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// Runs the command, reporting every failure as one line `speechreader: …` on stderr.
    static func main() {
        let status: Int32
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let text = plainAnswer(to: arguments) {
            print(text)
            Foundation.exit(0)
        }
        // The reader's own launch first: the typo check below builds every subcommand's
        // configuration, and it has nothing to say about a file that exists.
        let document = ReaderLaunch.document(for: arguments, subcommands: subcommandNames)
        if document == nil,
            let unknown = CommandSuggestion.unknownCommand(
                in: arguments, root: Self.self, isFile: { FileManager.default.fileExists(atPath: $0) })
        {
            report(unknown)
            Foundation.exit(CLIError.invalidArgument(unknown).exitCode)
        }
        do {
            if let document {
                try ReaderLaunch.run(document)
            } else {
                var command = try parseAsRoot(arguments)
                try command.run()
            }
            status = 0
        } catch let error as CLIError {
            report(error.description)
            status = error.exitCode
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version are not failures: the full text goes to stdout.
                print(fullMessage(for: error))
            } else {
                let message =
                    fullMessage(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "\(error)"
                report(message.replacingOccurrences(of: "Error: ", with: ""))
            }
            status = code.rawValue
        }
        Foundation.exit(status)
    }

    /// The answers to `--version` and to a request for the top-level help, which need no
    /// parsing: the parser's first pass (it looks for a completion-script request and walks the
    /// conformance records of every argument type) is most of what such a start-up would cost.
    static func plainAnswer(to arguments: [String]) -> String? {
        switch arguments {
        case ["--version"]: return SpeechReaderVersion.current
        case ["help"], ["--help"], ["-h"]: return TopLevelHelp.text
        default: return nil
        }
    }

    /// The subcommands' names and `help`, written out: asking the parser (`_commandName`) builds
    /// every subcommand's configuration, a cost the reader's launch should not pay. A test keeps
    /// this equal to the parser's list.
    static let subcommandNames: [String] = [
        "read", "outline", "show", "search", "bookmarks", "notes", "requirements", "check", "fix", "help"
    ]

    static func report(_ message: String) {
        // Messages may quote file names or arguments: never let a control character reach the terminal.
        FileHandle.standardError.write(Data(("speechreader: " + FieldEscaping.escape(message) + "\n").utf8))
    }
}
