import ArgumentParser

/// `speechreader notes add | list | edit | remove | export | import`.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract:
            "Add, list, edit, remove, export and import notes on passages (kept in the local store, see --store).",
        discussion: """
            A note quotes a passage and keeps ~32 characters of context on each side, so it finds \
            its passage again when the file is edited or renamed. Each note has a STATE: exact (the \
            passage is where it was), moved (found unchanged elsewhere), fuzzy (found with small \
            edits) or orphaned (not found; kept, listed last).
            """,
        subcommands: [
            NotesAddCommand.self, NotesListCommand.self, NotesEditCommand.self, NotesRemoveCommand.self,
            NotesExportCommand.self, NotesImportCommand.self
        ]
    )
}
