import ArgumentParser
import ReaderStore

/// `speechreader notes remove ID`.
struct NotesRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove the note with this id (as `notes list` prints it)."
    )

    @Argument(help: "The note's id.")
    var id: Int64

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        guard let database = try storeOptions.openExistingDatabase() else { throw ReaderStoreError.noSuchNote(id: id) }
        try database.removeNote(id: id)
    }
}
