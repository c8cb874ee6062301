import Annotations
import SpeechParser

/// Notes as Markdown for writing up a study of the speech: grouped under the outline headings
/// they belong to (`## 一、…`, `### （二）…`, one level deeper per outline level), each note as the
/// quoted passage (a blockquote) followed by the note's text; orphaned notes in a section of
/// their own at the end. The text is returned as stored: escaping for a terminal is the caller's.
public enum MarkdownNotesExport {
    /// The Markdown for `notes` (in document order, orphans last, as `DocumentStore.notes()`
    /// returns them) on `document`, under a title naming `documentName`.
    public static func render(_ notes: [Note], document: Document, documentName: String) -> String {
        var out = "# Notes on \(documentName)\n"
        if notes.isEmpty { out += "\n(no notes)\n" }
        var openChain: [Int] = []
        for note in notes {
            guard let range = note.range else { continue }
            let chain = document.nodeIndex(containing: range.lowerBound).map { document.ancestry(of: $0) } ?? []
            let shared = zip(chain, openChain).prefix { $0 == $1 }.count
            for (depth, index) in chain.enumerated().dropFirst(shared) {
                out +=
                    "\n" + String(repeating: "#", count: Swift.min(depth + 2, 6)) + " "
                    + heading(of: document.nodes[index]) + "\n"
            }
            openChain = chain
            out += block(for: note, origin: nil)
        }
        let orphans = notes.filter { $0.range == nil }
        if !orphans.isEmpty {
            out += "\n## Orphaned notes (their passage is no longer in the text)\n"
            for note in orphans { out += block(for: note, origin: note.anchor.nodePath) }
        }
        return out
    }

    /// A node's heading as written (marker and title), or a stand-in for one without a title.
    static func heading(of node: Node) -> String {
        let written = (node.marker + node.title).trimmingCharacters(inSet: " \t\u{3000}")
        if !written.isEmpty { return written }
        switch node.kind {
        case .title: return "Title"
        case .preamble: return "Preamble"
        case .closing: return "Closing"
        case .gap: return "Elided text"
        case .section, .heading, .article, .requirement: return "Untitled section \(node.path)"
        }
    }

    private static func block(for note: Note, origin: String?) -> String {
        let quote = note.quote.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { "> " + $0 }.joined(separator: "\n")
        var out = "\n" + quote + "\n"
        if let origin, !origin.isEmpty { out += ">\n> — was at \(origin)\n" }
        out += "\n" + note.text + "\n"
        return out
    }
}

extension String {
    /// Without leading and trailing characters from `set`.
    fileprivate func trimmingCharacters(inSet set: String) -> String {
        let characters = Set(set)
        guard let first = firstIndex(where: { !characters.contains($0) }),
            let last = lastIndex(where: { !characters.contains($0) })
        else { return "" }
        return String(self[first...last])
    }
}
