import ArgumentParser
import ReaderStore

/// `speechreader notes export [FILE] [--format markdown | json]`.
struct NotesExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the document's notes as Markdown (grouped by heading) or W3C Web Annotation JSON.",
        discussion: "JSON position selectors count UTF-8 bytes (\"unit\": \"utf8\")."
    )

    /// The export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json
    }

    @Argument(help: "A text file. Default: the bundled speech.")
    var file: String?

    @Option(name: .long, help: "markdown or json.")
    var format: Format = .markdown

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let loaded = try LoadedDocument.load(file)
        let notes =
            try storeOptions.openExistingDatabase(readOnlyFallback: true)
            .map { try storeOptions.openDocument(loaded, in: $0).notes() } ?? []
        switch format {
        case .markdown:
            let markdown = MarkdownNotesExport.render(
                notes, document: loaded.document, documentName: loaded.displayName)
            StandardOutput.write(FieldEscaping.escapeKeepingLines(markdown) + (markdown.hasSuffix("\n") ? "" : "\n"))
        case .json:
            StandardOutput.write(
                try JSONNotesExport.render(
                    notes, document: loaded.document, documentName: loaded.displayName,
                    source: StoreOptions.documentPath(loaded)))
        }
    }
}
