import ArgumentParser

/// `speechreader bookmarks add PATH [--label TEXT] [FILE]`: prints the new bookmark's id.
struct BookmarksAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Bookmark the first sentence of the node at PATH; prints the bookmark's id."
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
        guard let bookmark = try store.addBookmark(nodeIndex: index, label: label) else {
            throw CLIError.invalidArgument("the node at \(path) has no text to bookmark")
        }
        StandardOutput.write("\(bookmark.id)\n")
    }
}
