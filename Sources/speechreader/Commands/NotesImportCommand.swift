import ArgumentParser

/// `speechreader notes import FILE.json [DOCFILE]`.
struct NotesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the notes of a JSON export to the document; notes it already has are skipped.",
        discussion: """
            Each note is placed again in the document's text from its quote, context and position \
            (its state says how well it fits). Importing the same file twice adds nothing. A file \
            that is not such an export is an error (exit 65) and nothing is written.
            """
    )

    @OptionGroup var arguments: ImportArguments

    func run() throws {
        try arguments.run(what: "notes") { store, data in try store.importNotes(json: data) }
    }
}
