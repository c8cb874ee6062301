import ArgumentParser

/// `speechreader bookmarks add | list | remove | export | import`.
struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks",
        abstract: "Add, list, remove, export and import bookmarks (kept in the local store, see --store).",
        subcommands: [
            BookmarksAddCommand.self, BookmarksListCommand.self, BookmarksRemoveCommand.self,
            BookmarksExportCommand.self, BookmarksImportCommand.self
        ]
    )
}
