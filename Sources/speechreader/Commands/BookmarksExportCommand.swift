import ArgumentParser
import ReaderStore

/// `speechreader bookmarks export [FILE] [--format markdown | json]`.
struct BookmarksExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the document's bookmarks as Markdown (grouped by heading) or W3C Web Annotation JSON.",
        discussion: "`bookmarks import` reads the JSON back."
    )

    @Argument(help: "A text file. Default: the bundled speech.")
    var file: String?

    @OptionGroup var export: ExportOptions

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let loaded = try LoadedDocument.load(file)
        let bookmarks = try storeOptions.read(loaded) { try $0.bookmarks() }
        switch export.format {
        case .markdown:
            ExportOptions.writeMarkdown(
                MarkdownBookmarksExport.render(
                    bookmarks, document: loaded.document, documentName: loaded.displayName,
                    exportedAt: ExportOptions.now(), language: ExportOptions.language()))
        case .json:
            StandardOutput.write(
                try JSONBookmarksExport.render(
                    bookmarks, document: loaded.document, documentName: loaded.displayName,
                    source: StoreOptions.documentPath(loaded)))
        }
    }
}
