import ArgumentParser

/// `speechreader bookmarks import FILE.json [DOCFILE]`.
struct BookmarksImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the bookmarks of a JSON export to the document; places that have one are skipped.",
        discussion: "A file that is not such an export is an error (exit 65) and nothing is written."
    )

    @OptionGroup var arguments: ImportArguments

    func run() throws {
        try arguments.run(what: "bookmarks") { store, data in try store.importBookmarks(json: data) }
    }
}
