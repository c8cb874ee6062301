import SpeechParser

/// The text pane's layout, computed lazily: it wraps only the paragraphs it is asked about.
///
/// The text is shown as one flow of paragraphs derived from the document's display blocks:
/// - a block's surrounding spaces (including U+3000 indentation) are dropped and blank blocks
///   are skipped, so the layout looks the same whatever the source's spacing;
/// - a body paragraph's first row is indented by 4 columns (two CJK characters, as in print) when
///   the pane is at least 20 columns wide; paragraphs are not separated by blank rows;
/// - a block that opens with a heading is split after the heading sentence: the heading gets its
///   own rows (styled by level), the rest of the block becomes a body paragraph;
/// - a blank row goes before every heading, before and after an elision (gap) line and before the
///   closing address: the structure stays visible without doubling the length of the text;
/// - a gap is one row, whatever its width, drawn by the renderer as a centred marker;
/// - rows are wrapped by `LineBreaker` (kinsoku) on the characters as drawn: tabs become spaces
///   to the next multiple of 4 columns, controls their visible form (`Glyph.displayForm`).
///
/// Positions are UTF-8 offsets, never row numbers: a "line start" is the offset where a row
/// begins at this width. A blank separator row holds no text, so it is never a line start: the
/// viewport's top is always a text row. Going down is proportional to the rows produced; going
/// up re-wraps the paragraph above from its start (a single giant paragraph costs its size).
public struct TextLayout: Sendable {
    /// The document laid out.
    public let document: Document
    /// The text width in columns (at least 1).
    public let width: Int
    /// How many bytes of text this value has wrapped so far: a diagnostic for tests and
    /// benchmarks showing that work stays proportional to what is asked.
    public internal(set) var bytesWrapped = 0

    /// A layout of `document` at `width` columns. Nothing is wrapped until asked.
    public init(document: Document, width: Int) {
        self.document = document
        self.width = max(width, 1)
    }

    /// The start of the row that contains `offset` (an offset between paragraphs belongs to the
    /// next one, an offset past the end to the last row). 0 for an empty document.
    public mutating func lineStart(containing offset: Int) -> Int {
        guard let paragraph = paragraph(containing: offset) else { return 0 }
        return lineStarts(in: paragraph, through: offset).last ?? paragraph.range.lowerBound
    }

    /// The start of the first row of the document.
    public func firstLineStart() -> Int {
        firstParagraph(fromBlock: 0)?.range.lowerBound ?? 0
    }

    /// Up to `count` rows from the row starting at `start` downwards, separators included.
    /// `start` must be a line start (as the viewport's top always is).
    public mutating func lines(fromLineStart start: Int, count: Int) -> [ScreenLine] {
        guard count > 0, var paragraph = paragraph(containing: start) else { return [] }
        var rowStart = max(start, paragraph.range.lowerBound)
        if rowStart >= paragraph.range.upperBound {
            rowStart = lineStarts(in: paragraph, through: paragraph.range.upperBound - 1).last ?? rowStart
        }
        var rows: [ScreenLine] = []
        while rows.count < count {
            let rowEnd = lineEnd(in: paragraph, from: rowStart)
            rows.append(row(paragraph, rowStart..<rowEnd))
            if rowEnd < paragraph.range.upperBound {
                rowStart = rowEnd
                continue
            }
            guard let next = self.paragraph(after: paragraph) else { break }
            if LayoutParagraph.separated(paragraph, next), rows.count < count {
                rows.append(separator(before: next))
            }
            paragraph = next
            rowStart = next.range.lowerBound
        }
        return rows
    }

    /// Up to `count` rows directly above the row starting at `start`, top to bottom (the row at
    /// `start` itself is not included). `start` must be a line start.
    public mutating func lines(before start: Int, count: Int) -> [ScreenLine] {
        guard count > 0, var paragraph = paragraph(containing: start) else { return [] }
        var end = max(start, paragraph.range.lowerBound)
        if end >= paragraph.range.upperBound {
            end = lineStarts(in: paragraph, through: paragraph.range.upperBound - 1).last ?? end
        }
        var upward: [ScreenLine] = []
        var starts = lineStarts(in: paragraph, through: end).filter { $0 < end }
        while true {
            for rowStart in starts.reversed() {
                upward.append(row(paragraph, rowStart..<end))
                end = rowStart
                if upward.count >= count { return upward.reversed() }
            }
            guard let previous = self.paragraph(before: paragraph) else { break }
            if LayoutParagraph.separated(previous, paragraph) {
                upward.append(separator(before: paragraph))
                if upward.count >= count { return upward.reversed() }
            }
            paragraph = previous
            end = previous.range.upperBound
            starts = lineStarts(in: previous, through: end - 1)
        }
        return upward.reversed()
    }

    /// The line start `rows` rows below (positive) or above (negative) the line start `start`,
    /// stopping at the first and last rows. Landing on a separator goes one row further, so the
    /// result is always a text row and always moves when movement is possible.
    public mutating func lineStart(movedBy rows: Int, from start: Int) -> Int {
        if rows > 0 {
            let window = lines(fromLineStart: start, count: rows + 2)
            guard !window.isEmpty else { return start }
            var index = min(rows, window.count - 1)
            if window[index].isBlank {
                index = index + 1 < window.count ? index + 1 : index - 1
            }
            return window[index].range.lowerBound
        }
        if rows < 0 {
            let above = lines(before: start, count: -rows + 1)
            guard !above.isEmpty else { return start }
            var index = max(above.count + rows, 0)
            if above[index].isBlank {
                index = index > 0 ? index - 1 : index + 1
            }
            return index < above.count ? above[index].range.lowerBound : start
        }
        return start
    }

    /// The top that shows the last row at the bottom of a `rows`-row pane (the first row when the
    /// whole text fits). Only the paragraphs of the last screen are wrapped.
    public mutating func lastPageTop(rows: Int) -> Int {
        guard let last = lastParagraph() else { return 0 }
        let lastStart = lineStarts(in: last, through: last.range.upperBound - 1).last ?? last.range.lowerBound
        let above = lines(before: lastStart, count: max(rows - 1, 0))
        guard let first = above.first else { return lastStart }
        if first.isBlank {
            return above.count > 1 ? above[1].range.lowerBound : lastStart
        }
        return first.range.lowerBound
    }
}
