import Annotations
import Foundation
import ReaderCore
import SpeechParser

/// The three renderings of an outline: an indented tree for people, TSV and JSON for scripts.
struct OutlineFormatter {
    let loaded: LoadedDocument
    /// With `outline --stats`: sizes and speaking times, added to every rendering.
    var stats: OutlineStats?

    private var document: Document { loaded.document }

    /// Bytes of output gathered before they are handed on by `tsv(_:)`.
    static let chunkSize = 1 << 16

    /// One line per node: `PATH<TAB>KIND<TAB>MARKER<TAB>TITLE`.
    func tsv() -> String {
        var out = ""
        tsv { out += $0 }
        return out
    }

    /// `tsv()` handed to `write` in pieces of about `chunkSize` bytes, ending at line ends: the
    /// outline of a large text is never held whole (on 50 MB it would be 6 MB more at the peak).
    func tsv(_ write: (String) -> Void) {
        var out = ""
        out.reserveCapacity(Self.chunkSize + 1024)
        for node in document.nodes {
            FieldEscaping.append(node.path, to: &out)
            out.append("\t")
            out.append(node.kind.code)
            out.append("\t")
            FieldEscaping.append(node.marker, to: &out)
            out.append("\t")
            FieldEscaping.append(node.title, to: &out)
            out.append("\n")
            if out.utf8.count >= Self.chunkSize {
                write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if !out.isEmpty { write(out) }
    }

    /// An indented tree: path, marker and title, with the title, preamble, gaps and closing labelled.
    func tree() -> String {
        var out = ""
        for node in document.nodes {
            let indent = String(repeating: "  ", count: node.depth)
            let title = FieldEscaping.escape(node.title)
            switch node.kind {
            case .title: out += "\(indent)[title] \(title)\n"
            case .preamble: out += "\(indent)[preamble] \(abbreviated(title))\n"
            case .closing: out += "\(indent)[closing] \(abbreviated(title))\n"
            case .gap: out += "\(indent)[gap] \(title)\n"
            case .section, .heading, .article, .requirement:
                let marker = FieldEscaping.escape(node.marker)
                let label = node.isUntitled ? Vocabulary.english.headingLost : marker + title
                out += "\(indent)\(node.path)  \(label)\n"
            }
        }
        return out
    }

    /// The full node data, nested, with ranges in UTF-8 offsets.
    func json() throws -> String {
        let outline = OutlineJSON(
            file: FieldEscaping.escape(loaded.displayName), encoding: loaded.encoding.rawValue, offsetUnit: "utf8",
            length: document.utf8Count, sentences: document.sentences.count, rate: stats?.rate,
            chars: stats?.stats.totalCharacters, nodes: document.roots.map(jsonNode))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(outline), as: UTF8.self) + "\n"
    }

    private func jsonNode(_ index: Int) -> OutlineJSON.Node {
        let node = document.nodes[index]
        return OutlineJSON.Node(
            path: node.path, kind: node.kind.code, level: node.kind.headingLevel,
            marker: FieldEscaping.escape(node.marker), title: FieldEscaping.escape(node.title),
            range: [node.range.lowerBound, node.range.upperBound],
            markerRange: [node.markerRange.lowerBound, node.markerRange.upperBound],
            titleRange: [node.titleRange.lowerBound, node.titleRange.upperBound],
            bodyRange: [node.bodyRange.lowerBound, node.bodyRange.upperBound],
            chars: stats?.characters(index), minutes: stats?.minutes(index), children: node.children.map(jsonNode))
    }

    private func abbreviated(_ text: String) -> String {
        var width = 0
        var result = ""
        for character in text {
            width += DisplayWidth.of(character)
            if width > 60 { return result + "…" }
            result.append(character)
        }
        return result
    }
}

/// The JSON shape of `outline --json`.
struct OutlineJSON: Encodable {
    struct Node: Encodable {
        let path: String
        let kind: String
        let level: Int?
        let marker: String
        let title: String
        let range: [Int]
        let markerRange: [Int]
        let titleRange: [Int]
        let bodyRange: [Int]
        /// With --stats: spoken characters of the node and its descendants, and minutes at the rate.
        let chars: Int?
        let minutes: Double?
        let children: [Node]
    }

    let file: String
    let encoding: String
    let offsetUnit: String
    let length: Int
    let sentences: Int
    /// With --stats: characters a minute, and the document's spoken characters.
    let rate: Int?
    let chars: Int?
    let nodes: [Node]
}
