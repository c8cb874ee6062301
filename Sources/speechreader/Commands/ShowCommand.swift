import ArgumentParser
import ReaderCore
import SpeechParser

/// `speechreader show PATH [FILE] [--width N]`.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one node's text with its descendants.",
        discussion:
            "PATH is dot-separated (1.2.3), preamble / closing, the document's numbering (一(二)二是, 第十条), or words of one heading's title. --width wraps with the reader's CJK line breaking."
    )

    @Argument(help: "The node's path, as `outline` prints it, its numbering as written, or words of its title.")
    var path: String

    @Argument(help: "A text file. Default: the bundled speech.")
    var file: String?

    @Option(help: "Wrap lines to this many display columns (CJK characters take two).")
    var width: Int?

    func validate() throws {
        if let width, width < 1 || width > 10_000 {
            throw ValidationError("--width must be between 1 and 10000")
        }
    }

    func run() throws {
        let loaded = try LoadedDocument.load(file)
        let index = try NodePath.resolve(path, in: loaded, titles: true)
        let document = loaded.document
        let node = document.nodes[index]
        let text = document.substring(node.range)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        var out = ""
        for line in lines {
            guard let width else {
                out += VisibleControls.escape(line) + "\n"
                continue
            }
            let visible = Substring(VisibleControls.escape(line))
            if visible.isEmpty { out += "\n" }
            for range in LineBreaker.wrap(visible, width: width) {
                out += visible[range] + "\n"
            }
        }
        StandardOutput.write(out)
    }
}
