import ArgumentParser
import ReaderCore
import SpeechParser

/// `speechreader show PATH [FILE] [--width N]`.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one node's text with its descendants.",
        discussion: """
            PATH is dot-separated (1.2.3), preamble / closing, the document's numbering (一(二)二是, \
            第十条), or words of one heading's title. The text is broken into paragraphs where the reader \
            breaks it (a heading on its own line, each 一是… item on a new line, a blank line before a \
            heading); --width wraps each paragraph with the reader's CJK line breaking.
            """
    )

    @Argument(help: "The node's path, as `outline` prints it, its numbering as written, or words of its title.")
    var path: String

    @Argument(help: "A text file. Default: the bundled speech.")
    var file: String?

    // Unconditional, so `--width -5` reaches `validate` as a number instead of reading as an option.
    @Option(parsing: .unconditional, help: "Wrap lines to this many display columns (CJK characters take two).")
    var width: Int?

    func validate() throws {
        if let width, width < 1 || width > 10_000 {
            throw ValidationError("--width must be a positive number of columns, at most 10000 (got \(width))")
        }
    }

    func run() throws {
        let loaded = try LoadedDocument.load(file)
        let index = try NodePath.resolve(path, in: loaded, titles: true)
        let document = loaded.document
        let node = document.nodes[index]
        var out = ""
        for paragraph in ParagraphBreaks.paragraphs(of: document, in: node.range) {
            if paragraph.setApart { out += "\n" }
            let visible = Substring(VisibleControls.escape(document.substring(paragraph.range)))
            guard let width else {
                out += visible + "\n"
                continue
            }
            for range in LineBreaker.wrap(visible, width: width) {
                out += visible[range] + "\n"
            }
        }
        StandardOutput.write(out)
    }
}
