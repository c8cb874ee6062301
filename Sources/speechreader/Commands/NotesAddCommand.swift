import ArgumentParser

/// `speechreader notes add PATH --text TEXT [--quote EXACT] [FILE]`: prints the new note's id.
struct NotesAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a note on a passage of the node at PATH; prints the note's id once it is saved.",
        discussion:
            "Without --quote the note covers the node's first sentence. --quote must occur, exactly, inside that node."
    )

    @Argument(help: "The node's path, as `outline` prints it (1.2.3, preamble, closing), or its numbering (一(二)二是).")
    var path: String

    @OptionGroup var text: NotesTextOptions

    @Option(name: .long, help: "The exact passage inside the node to attach the note to.")
    var quote: String?

    @Argument(help: "A text file. Default: the bundled speech.")
    var file: String?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if let quote, quote.isEmpty { throw ValidationError("--quote is empty") }
        if file == "-", text.textFile == "-" {
            throw ValidationError("standard input cannot be both the document (-) and the note's text (--text-file -)")
        }
    }

    func run() throws {
        // When the note's text comes from standard input, the document does not.
        let loaded = try LoadedDocument.load(file, implicitStandardInput: text.textFile != "-")
        let index = try NodePath.resolve(path, in: loaded)
        let body = try text.resolve()
        if let quote, loaded.document.range(ofQuote: quote, inNode: index) == nil {
            throw CLIError.invalidArgument(
                "the quote “\(FieldEscaping.escape(quote.prefix(60)))” does not occur in node \(path) of \(loaded.displayName)"
            )
        }
        let store = try storeOptions.openDocument(loaded, in: try storeOptions.openDatabase())
        guard let note = try store.addNote(text: body, nodeIndex: index, quote: quote) else {
            throw CLIError.invalidArgument("the node at \(path) has no text to annotate")
        }
        // The id is printed only after the note is committed: a printed id is a saved note.
        StandardOutput.write("\(note.id)\n")
    }
}
