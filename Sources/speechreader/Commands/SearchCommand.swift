import ArgumentParser
import Foundation
import SpeechParser

/// `speechreader search QUERY [FILE] [--in PATH] [--literal | --regex] [--tsv | --json]`.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find a phrase in the text, ignoring half/full-width differences and Latin case.",
        discussion:
            "An ASCII query also finds Chinese text by pinyin (zhengjiguan, zjg, zhengjg), after the literal matches. --tsv prints PATH<TAB>OFFSET<TAB>BEFORE<TAB>MATCH<TAB>AFTER; OFFSET is in UTF-8 bytes. Exits 1 when nothing matches."
    )

    @Argument(help: "The phrase to find.")
    var query: String

    @Argument(help: "A text file. Default: the bundled speech.")
    var file: String?

    @OptionGroup var output: OutputFormatOptions

    @OptionGroup var scope: SearchScopeOptions

    func validate() throws {
        if query.isEmpty { throw ValidationError("the search phrase is empty") }
        if query.unicodeScalars.count > 1_000 {
            throw ValidationError("the search phrase is longer than 1000 characters")
        }
    }

    func run() throws {
        let loaded = try LoadedDocument.load(file, sentences: false)  // never reads the sentence table
        let document = loaded.document
        let matches = try scope.matches(of: query, in: loaded).map { range in
            SearchHit(document: document, range: range)
        }
        guard !matches.isEmpty else { throw CLIError.noMatch(query) }
        switch output.format {
        case .text:
            StandardOutput.write(matches.map { "\($0.path)\t…\($0.before)【\($0.match)】\($0.after)…\n" }.joined())
        case .tsv:
            StandardOutput.write(
                matches.map { hit in
                    [hit.path, String(hit.offset), hit.before, hit.match, hit.after].joined(separator: "\t") + "\n"
                }.joined())
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let payload = SearchJSON(
                query: FieldEscaping.escape(query), file: FieldEscaping.escape(loaded.displayName), offsetUnit: "utf8",
                matches: matches)
            StandardOutput.write(String(decoding: try encoder.encode(payload), as: UTF8.self) + "\n")
        }
    }
}

/// One search match with its node path and a short context, fields already escaped.
struct SearchHit: Encodable {
    let path: String
    let offset: Int
    let length: Int
    let before: String
    let match: String
    let after: String

    /// Characters of context on each side.
    static let contextLength = 12

    init(document: Document, range: Range<Int>) {
        let node = document.nodeIndex(containing: range.lowerBound).map { document.nodes[$0] }
        path = node?.path ?? ""
        offset = range.lowerBound
        length = range.count
        // Walk outwards from the match only: context costs the same wherever the match is.
        let text = document.text
        var start = document.index(atOffset: range.lowerBound)
        var taken = 0
        while taken < Self.contextLength, start > text.startIndex {
            let previous = text.index(before: start)
            if text[previous].isNewline { break }
            start = previous
            taken += 1
        }
        let lineStart = text[start..<document.index(atOffset: range.lowerBound)]
        let lineEnd = text[document.index(atOffset: range.upperBound)...].prefix(Self.contextLength).prefix {
            !$0.isNewline
        }
        before = FieldEscaping.escape(lineStart.suffix(Self.contextLength))
        match = FieldEscaping.escape(document.substring(range))
        after = FieldEscaping.escape(lineEnd.prefix(Self.contextLength))
    }
}

/// The JSON shape of `search --json`.
struct SearchJSON: Encodable {
    let query: String
    let file: String
    let offsetUnit: String
    let matches: [SearchHit]
}
