import ArgumentParser
import ReaderStore

/// `speechreader bookmarks remove ID`.
struct BookmarksRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove the bookmark with this id (as `bookmarks list` prints it)."
    )

    @Argument(help: "The bookmark's id.")
    var id: Int64

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        guard let database = try storeOptions.openExistingDatabase() else {
            throw ReaderStoreError.noSuchBookmark(id: id)
        }
        try database.removeBookmark(id: id)
    }
}
