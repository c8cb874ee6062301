import ArgumentParser
import ReaderStore

/// `speechreader notes edit ID --text TEXT`.
struct NotesEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Replace the text of the note with this id (as `notes list` prints it)."
    )

    @Argument(help: "The note's id.")
    var id: Int64

    @OptionGroup var text: NotesTextOptions

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let body = try text.resolve()
        guard let database = try storeOptions.openExistingDatabase() else { throw ReaderStoreError.noSuchNote(id: id) }
        _ = try database.editNote(id: id, text: body)
    }
}
