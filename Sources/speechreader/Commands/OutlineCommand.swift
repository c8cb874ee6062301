import ArgumentParser
import SpeechParser

/// `speechreader outline [FILE] [--stats [--rate N]] [--tsv | --json]`.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print the outline tree: headings (一、（一）1.（1）) and requirements (一是…).",
        discussion:
            "--tsv prints PATH<TAB>KIND<TAB>MARKER<TAB>TITLE with KIND one of TITLE PREAMBLE S 1 2 3 4 A R GAP CLOSING; --stats adds CHARS and MINUTES."
    )

    @Argument(help: "A text file (UTF-8, UTF-16 with BOM or GB18030). Default: the bundled speech.")
    var file: String?

    @OptionGroup var output: OutputFormatOptions

    @OptionGroup var statsOptions: OutlineStatsOptions

    func run() throws {
        // Only the JSON form reports the sentence count: the others skip the sentence table.
        let loaded = try LoadedDocument.load(file, sentences: output.format == .json)
        var formatter = OutlineFormatter(loaded: loaded)
        if statsOptions.stats {
            formatter.stats = OutlineStats(stats: DocumentStats(document: loaded.document), rate: statsOptions.rate)
            return StandardOutput.write(try formatter.withStats(output.format))
        }
        switch output.format {
        case .text: StandardOutput.write(formatter.tree())
        case .tsv: formatter.tsv(StandardOutput.write)
        case .json: StandardOutput.write(try formatter.json())
        }
    }
}
