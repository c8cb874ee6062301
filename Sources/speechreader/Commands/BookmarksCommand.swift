import ArgumentParser

/// `speechreader bookmarks add | list | remove`.
struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks",
        abstract: "Add, list and remove bookmarks (kept in the local store, see --store).",
        subcommands: [BookmarksAddCommand.self, BookmarksListCommand.self, BookmarksRemoveCommand.self]
    )
}
