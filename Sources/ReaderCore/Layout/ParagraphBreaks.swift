import SpeechParser

/// Where the reader's text pane breaks a document into paragraphs, as a pure function, so
/// everything that prints a document's text (`speechreader show`) breaks it where the reader
/// does: a heading sentence stands on its own, the body after it starts a paragraph, each
/// requirement item (`一是…`) that starts inside a paragraph starts one of its own, blank lines
/// and source indentation are dropped.
public enum ParagraphBreaks {
    /// One paragraph of the text pane.
    public struct Paragraph: Hashable, Sendable {
        /// The paragraph's text (UTF-8 offsets), trimmed of surrounding spaces; never empty.
        public var range: Range<Int>
        /// Whether the reader sets it apart with a blank row before it (a heading, an elision
        /// line, the closing address, and whatever follows an elision line).
        public var setApart: Bool
    }

    /// The paragraphs of `document` that overlap `range`, in order, each clipped to `range`.
    /// The first one is never set apart (nothing precedes it in the result).
    public static func paragraphs(of document: Document, in range: Range<Int>) -> [Paragraph] {
        let layout = TextLayout(document: document, width: 1)
        let blocks = document.blocks
        var low = 0
        var high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if blocks[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var result: [Paragraph] = []
        var previous: LayoutParagraph?
        var block = low
        while block < blocks.count, blocks[block].lowerBound < range.upperBound {
            for paragraph in layout.paragraphs(inBlock: block) {
                let clipped = paragraph.range.clamped(to: range)
                guard !clipped.isEmpty, let trimmed = layout.trimmed(clipped) else { continue }
                let apart = previous.map { LayoutParagraph.separated($0, paragraph) } ?? false
                result.append(Paragraph(range: trimmed, setApart: apart && !result.isEmpty))
                previous = paragraph
            }
            block += 1
        }
        return result
    }
}
