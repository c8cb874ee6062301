import Annotations
import ArgumentParser
import Foundation
import ReaderCore

/// `speechreader notes list [FILE] [--tsv | --json]`.
struct NotesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the document's notes in document order, orphaned notes last.",
        discussion: """
            --tsv prints ID<TAB>PATH<TAB>STATE<TAB>QUOTE<TAB>TEXT, STATE one of exact moved fuzzy orphaned; \
            QUOTE is the passage as it was when the note was made. JSON offsets are UTF-8 byte offsets.
            """
    )

    @Argument(help: "A text file. Default: the bundled speech.")
    var file: String?

    @OptionGroup var output: OutputFormatOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let loaded = try LoadedDocument.load(file)
        let notes = try storeOptions.read(loaded) { try $0.notes() }
        switch output.format {
        case .text: StandardOutput.write(notes.map(Self.text).joined())
        case .tsv: StandardOutput.write(notes.map(Self.tsv).joined())
        case .json: StandardOutput.write(try StoreJSON.encode(notes.map(NoteJSON.init)))
        }
    }

    /// `ID<TAB>PATH<TAB>STATE<TAB>QUOTE<TAB>TEXT`, every field escaped.
    static func tsv(_ note: Note) -> String {
        [String(note.id), note.nodePath, note.state.rawValue, note.quote, note.text]
            .map { FieldEscaping.escape($0) }.joined(separator: "\t") + "\n"
    }

    /// A header line (id, path, state, quote abbreviated) and the note's text indented below it.
    static func text(_ note: Note) -> String {
        let quote = note.quote.count > 40 ? note.quote.prefix(40) + "…" : Substring(note.quote)
        let header =
            "\(note.id)  \(note.nodePath.isEmpty ? "-" : note.nodePath)  \(note.state.rawValue)  「\(FieldEscaping.escape(quote))」\n"
        let body = FieldEscaping.escapeKeepingLines(note.text)
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { "    " + $0 + "\n" }.joined()
        return header + body
    }
}

/// One note in `notes list --json`.
private struct NoteJSON: Encodable {
    let id: Int64
    let path: String
    let state: String
    let quote: String
    let text: String
    let start: Int?
    let end: Int?
    let offsetUnit = TextPositionSelector.unit
    let created: Date
    let updated: Date

    init(_ note: Note) {
        id = note.id
        path = note.nodePath
        state = note.state.rawValue
        quote = note.quote
        text = note.text
        start = note.range?.lowerBound
        end = note.range?.upperBound
        created = Date(timeIntervalSince1970: Double(note.created.millisecondsSince1970) / 1000)
        updated = Date(timeIntervalSince1970: Double(note.updated.millisecondsSince1970) / 1000)
    }
}
