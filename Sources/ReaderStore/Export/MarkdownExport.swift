import Annotations
import Foundation
import SpeechParser

/// Notes or bookmarks as Markdown, grouped under the outline headings they belong to (`## 一、…`,
/// `### （二）…`, one level deeper per outline level; the preamble, the closing and a heading lost
/// in a gap under their names from the one `Vocabulary`), each item as its quoted passage (a
/// blockquote) followed by its text; orphans in a section of their own at the end.
///
/// It reads the same in any Markdown renderer: every line break of a quote or a text is a hard
/// line break (a trailing backslash), a blank line stays a paragraph break, and a line that would
/// start a heading, a quote or a list is escaped. The text is returned as stored: escaping for a
/// terminal is the caller's.
struct MarkdownExport {
    /// One note or bookmark.
    struct Item {
        var quote: String
        var text: String
        var state: AnchorState
        var range: Range<Int>?
        var originalPath: String
    }

    let document: Document
    let language: ExportLanguage

    /// The whole export: title, file and date line, the grouped items, the orphans.
    func render(_ items: [Item], kind: ExportLanguage.Kind, documentName: String, exportedAt: Timestamp) -> String {
        var out = "# " + language.title(kind, of: Self.title(of: document, fileName: documentName)) + "\n\n"
        out += language.byline(file: documentName, date: Self.day(exportedAt)) + "\n"
        if items.isEmpty { out += "\n" + language.nothing(kind) + "\n" }
        var openChain: [Int] = []
        for item in items {
            guard let range = item.range else { continue }
            let chain = document.nodeIndex(containing: range.lowerBound).map { document.ancestry(of: $0) } ?? []
            let shared = zip(chain, openChain).prefix { $0 == $1 }.count
            for (depth, index) in chain.enumerated().dropFirst(shared) {
                out +=
                    "\n" + String(repeating: "#", count: Swift.min(depth + 2, 6)) + " "
                    + heading(of: document.nodes[index]) + "\n"
            }
            openChain = chain
            out += block(for: item, orphan: false)
        }
        let orphans = items.filter { $0.range == nil }
        if !orphans.isEmpty {
            out += "\n## " + language.orphanHeading(kind) + "\n"
            for item in orphans { out += block(for: item, orphan: true) }
        }
        return out
    }

    /// A node's heading as written (marker and title), or its name for the nodes without one.
    func heading(of node: Node) -> String {
        let names = language.vocabulary
        switch node.kind {
        case .preamble: return names.preamble
        case .closing: return names.closing
        case .gap: return names.gap
        case .title:
            let written = node.title.trimmingCharacters(in: .whitespaces)
            return written.isEmpty ? names.title : Self.escapedLine(Substring(written))
        case .heading, .requirement, .section, .article:
            if node.isUntitled { return names.headingLost }
            let written = (node.marker + node.title).trimmingCharacters(in: .whitespaces)
            return written.isEmpty ? names.headingLost : Self.escapedLine(Substring(written))
        }
    }

    private func block(for item: Item, orphan: Bool) -> String {
        var quote = Self.hardBreaks(item.quote, prefix: "> ")
        if orphan, !item.originalPath.isEmpty { quote += "\n>\n> " + language.wasAt(item.originalPath) }
        var out = "\n" + quote + "\n"
        if !item.text.isEmpty { out += "\n" + Self.hardBreaks(item.text, prefix: "") + "\n" }
        if item.state != .exact, !orphan { out += "\n*" + language.stateLine(item.state) + "*\n" }
        return out
    }

    /// `text` with each line break made a hard line break and blank lines kept as paragraph
    /// breaks, each line escaped and prefixed (`> ` inside a quote).
    static func hardBreaks(_ text: String, prefix: String) -> String {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var out: [String] = []
        for (index, line) in lines.enumerated() {
            let blank = line.allSatisfy(\.isWhitespace)
            let nextBlank = index + 1 >= lines.count || lines[index + 1].allSatisfy(\.isWhitespace)
            if blank {
                out.append(prefix.trimmingCharacters(in: .whitespaces))
                continue
            }
            out.append(prefix + escapedLine(line) + (nextBlank ? "" : "\\"))
        }
        return out.joined(separator: "\n")
    }

    /// A line that Markdown would read as a heading, quote, list item, rule or code is escaped
    /// with a backslash before its first character; leading spaces are dropped (they could make
    /// a code block); a trailing backslash is doubled so it is not read as a break.
    static func escapedLine(_ line: Substring) -> String {
        var text = String(line.drop { $0 == " " || $0 == "\t" })
        if text.hasSuffix("\\") { text += "\\" }
        guard let first = text.first else { return text }
        if "#>-+*=|`~_".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = text.dropFirst(digits.count).first, after == "." || after == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }

    /// The document's title: its first line when that is short and reads as a title (no
    /// sentence end, not a numbered heading), else the file name.
    static func title(of document: Document, fileName: String) -> String {
        let firstLine = document.text.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }
        let trimmed = firstLine.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let endsSentence = trimmed.contains { "。！？；.!?;".contains($0) }
        let isHeading = document.nodes.contains { node in
            node.kind.headingLevel != nil && document.substring(node.range).hasPrefix(trimmed)
        }
        if !trimmed.isEmpty, trimmed.count <= 40, !endsSentence, !isHeading {
            return escapedLine(Substring(trimmed))
        }
        return fileName
    }

    /// The UTC day of a timestamp, `YYYY-MM-DD`.
    static func day(_ timestamp: Timestamp) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date(timeIntervalSince1970: Double(timestamp.millisecondsSince1970) / 1000))
    }
}
