import ArgumentParser
import ReaderStore

/// `speechreader notes export [FILE] [--format markdown | json]`.
struct NotesExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the document's notes as Markdown (grouped by heading) or W3C Web Annotation JSON.",
        discussion: """
            JSON position selectors count UTF-8 bytes ("unit": "utf8"); `notes import` reads the JSON \
            back. Markdown is dated today (or SOURCE_DATE_EPOCH) and worded in Chinese under a zh locale.
            """
    )

    @Argument(help: "A text file. Default: the bundled speech.")
    var file: String?

    @OptionGroup var export: ExportOptions

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let loaded = try LoadedDocument.load(file)
        let notes = try storeOptions.read(loaded) { try $0.notes() }
        switch export.format {
        case .markdown:
            ExportOptions.writeMarkdown(
                MarkdownNotesExport.render(
                    notes, document: loaded.document, documentName: loaded.displayName,
                    exportedAt: ExportOptions.now(), language: ExportOptions.language()))
        case .json:
            StandardOutput.write(
                try JSONNotesExport.render(
                    notes, document: loaded.document, documentName: loaded.displayName,
                    source: StoreOptions.documentPath(loaded)))
        }
    }
}
