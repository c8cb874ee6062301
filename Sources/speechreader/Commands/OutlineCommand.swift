import ArgumentParser
import SpeechParser

/// `speechreader outline [FILE] [--tsv | --json]`.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print the outline tree: headings (一、（一）1.（1）) and requirements (一是…).",
        discussion: "--tsv prints PATH<TAB>KIND<TAB>MARKER<TAB>TITLE with KIND one of 1 2 3 4 R GAP PREAMBLE CLOSING."
    )

    @Argument(help: "A text file (UTF-8, UTF-16 with BOM or GB18030). Default: the bundled speech.")
    var file: String?

    @OptionGroup var output: OutputFormatOptions

    func run() throws {
        let loaded = try LoadedDocument.load(file)
        let formatter = OutlineFormatter(loaded: loaded)
        switch output.format {
        case .text: StandardOutput.write(formatter.tree())
        case .tsv: StandardOutput.write(formatter.tsv())
        case .json: StandardOutput.write(try formatter.json())
        }
    }
}
