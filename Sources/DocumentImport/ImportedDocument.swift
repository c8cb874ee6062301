import SpeechParser

/// A document's text as SpeechReader reads it, whatever file it came from, plus hints from the
/// format that the text alone does not carry.
public struct ImportedDocument: Sendable, Equatable {
    /// The text: paragraphs one per line (`\n`), in reading order.
    public var text: String
    /// The format recognised from the content.
    public var format: DocumentFormat
    /// For a plain text, the encoding its bytes were in.
    public var encoding: TextEncoding?
    /// The document's own title (`dc:title`, a web page's `<h1>`/`<title>`), when it has one.
    public var title: String?
    /// Outline levels by line (0-based line number → 1-based level) from styles: headings that
    /// carry no marker of their own. Empty for plain text.
    public var lineLevels: [Int: Int]

    public init(
        text: String, format: DocumentFormat, encoding: TextEncoding? = nil, title: String? = nil,
        lineLevels: [Int: Int] = [:]
    ) {
        self.text = text
        self.format = format
        self.encoding = encoding
        self.title = title
        self.lineLevels = lineLevels
    }

    /// Joins paragraphs into a text, one per line; empty paragraphs are left out (a word
    /// processor's spacing, not content) and the hints follow the lines they belong to.
    init(paragraphs: [ImportedParagraph], format: DocumentFormat, title: String?) {
        var lines: [String] = []
        var levels: [Int: Int] = [:]
        for paragraph in paragraphs {
            let text = paragraph.text.trimming(" \t\u{3000}\u{A0}")
            guard !text.isEmpty else { continue }
            if let level = paragraph.outlineLevel { levels[lines.count] = level }
            lines.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        let cleanTitle = title?.trimming(" \t\r\n\u{3000}")
        self.init(
            text: lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"), format: format,
            title: cleanTitle?.isEmpty == false ? cleanTitle : nil, lineLevels: levels)
    }
}
