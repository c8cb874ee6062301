import Annotations
import ArgumentParser
import Foundation
import ReaderCore

/// `speechreader bookmarks list [FILE] [--tsv | --json]`.
struct BookmarksListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the document's bookmarks in document order (those that lost their place last).",
        discussion: "--tsv prints ID<TAB>PATH<TAB>LABEL. JSON offsets are UTF-8 byte offsets."
    )

    @Argument(help: "A text file. Default: the bundled speech.")
    var file: String?

    @OptionGroup var output: OutputFormatOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let loaded = try LoadedDocument.load(file)
        let bookmarks = try storeOptions.read(loaded) { try $0.bookmarks() }
        switch output.format {
        case .text:
            StandardOutput.write(
                bookmarks.map { bookmark in
                    let state = bookmark.state == .exact ? "" : "  (\(bookmark.state.rawValue))"
                    let title =
                        loaded.document.nodeIndex(path: bookmark.nodePath)
                        .map { loaded.document.nodes[$0].marker + loaded.document.nodes[$0].title } ?? ""
                    let label = bookmark.label.isEmpty ? title : bookmark.label
                    return "\(bookmark.id)\t\(bookmark.nodePath)\t\(FieldEscaping.escape(label))\(state)\n"
                }.joined())
        case .tsv:
            StandardOutput.write(
                bookmarks.map { bookmark in
                    [String(bookmark.id), FieldEscaping.escape(bookmark.nodePath), FieldEscaping.escape(bookmark.label)]
                        .joined(separator: "\t") + "\n"
                }.joined())
        case .json:
            StandardOutput.write(try StoreJSON.encode(bookmarks.map(BookmarkJSON.init)))
        }
    }
}

/// One bookmark in `bookmarks list --json`.
private struct BookmarkJSON: Encodable {
    let id: Int64
    let path: String
    let label: String
    let state: String
    let start: Int?
    let end: Int?
    let offsetUnit = TextPositionSelector.unit
    let quote: String
    let created: Date

    init(_ bookmark: Bookmark) {
        id = bookmark.id
        path = bookmark.nodePath
        label = bookmark.label
        state = bookmark.state.rawValue
        start = bookmark.range?.lowerBound
        end = bookmark.range?.upperBound
        quote = bookmark.anchor.quote.exact
        created = Date(timeIntervalSince1970: Double(bookmark.created.millisecondsSince1970) / 1000)
    }
}
