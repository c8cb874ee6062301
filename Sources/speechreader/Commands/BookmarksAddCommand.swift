import ArgumentParser

/// `speechreader bookmarks add PATH [--label TEXT] [FILE]`: prints the bookmark's id. One
/// bookmark per place: adding where one already is prints its id and a notice on stderr (exit
/// 0), or relabels it when `--label` differs and says so after the id.
struct BookmarksAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Bookmark the first sentence of the node at PATH; prints the bookmark's id.",
        discussion: """
            A place holds one bookmark: adding again prints the existing bookmark's id (with a notice \
            on stderr), or relabels it when --label is given and differs.
            """
    )

    @Argument(help: "The node's path, as `outline` prints it (1.2.3, preamble, closing), or its numbering (一(二)二是).")
    var path: String

    @Option(name: .long, help: "A label for the bookmark.")
    var label: String = ""

    @Argument(help: "A text file. Default: the bundled speech.")
    var file: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let loaded = try LoadedDocument.load(file)
        let index = try NodePath.resolve(path, in: loaded)
        let store = try storeOptions.openDocument(loaded, in: try storeOptions.openDatabase())
        let before = try store.bookmarks()
        guard let addition = try store.placeBookmark(nodeIndex: index, label: label) else {
            throw CLIError.invalidArgument("the node at \(path) has no text to bookmark")
        }
        let id = addition.bookmark.id
        switch addition.outcome {
        case .added:
            StandardOutput.write("\(id)\n")
        case .existing:
            StandardOutput.write("\(id)\n")
            SpeechReaderCommand.report("bookmark \(id) is already at \(addition.bookmark.nodePath); nothing added")
        case .relabelled:
            let old = before.first { $0.id == id }?.label ?? ""
            StandardOutput.write(
                "\(id) relabelled “\(FieldEscaping.escape(label))” (was “\(FieldEscaping.escape(old))”)\n")
        }
    }
}
