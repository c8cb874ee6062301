import SpeechParser

/// Wrapping one paragraph row by row with `LineBreaker`, and turning a row into glyphs.
extension TextLayout {
    /// The first-line indent of a body paragraph: two ideographic spaces' worth (4 columns), as
    /// Chinese print indents paragraphs, once the pane is wide enough for it to read as an indent.
    func indent(of paragraph: LayoutParagraph) -> Int {
        guard case .body = paragraph.kind, width >= 20 else { return 0 }
        return 4
    }

    /// The end of the row of `paragraph` that starts at `start` (a row start of that paragraph).
    ///
    /// The cost is proportional to the row: `LineBreaker.lineEnd` looks at the row plus a few
    /// characters around it.
    mutating func lineEnd(in paragraph: LayoutParagraph, from start: Int) -> Int {
        if case .gap = paragraph.kind { return paragraph.range.upperBound }
        let available = width - (start <= paragraph.range.lowerBound ? indent(of: paragraph) : 0)
        let text = document.substring(paragraph.range)
        let startIndex = max(document.index(atOffset: start), text.startIndex)
        guard startIndex < text.endIndex else { return paragraph.range.upperBound }
        let (lineEnd, stop) = LineBreaker.lineBreak(in: text, from: startIndex, width: available)
        var endIndex = lineEnd
        if needsEscaping(text, from: startIndex, stop: stop) {
            endIndex = escapedLineEnd(text, from: startIndex, width: available)
        }
        if endIndex <= startIndex {
            endIndex = text.index(after: startIndex)  // progress is guaranteed whatever happens
        }
        let end = min(document.offset(of: endIndex), paragraph.range.upperBound)
        bytesWrapped += end - start
        return end
    }

    /// The starts of the rows of `paragraph` from its beginning through the row that contains
    /// `offset` (just the first row when `offset` is before the paragraph).
    mutating func lineStarts(in paragraph: LayoutParagraph, through offset: Int) -> [Int] {
        var starts: [Int] = []
        var start = paragraph.range.lowerBound
        while true {
            starts.append(start)
            let end = lineEnd(in: paragraph, from: start)
            if end > offset || end >= paragraph.range.upperBound { break }
            start = end
        }
        return starts
    }

    /// The screen row for `range` of `paragraph`.
    func row(_ paragraph: LayoutParagraph, _ range: Range<Int>) -> ScreenLine {
        let kind: ScreenLine.Kind
        switch paragraph.kind {
        case .body: kind = .text
        case .heading(let level): kind = .heading(level: level)
        case .gap(let elided): kind = .gap(elided: elided)
        }
        let indent = range.lowerBound == paragraph.range.lowerBound ? indent(of: paragraph) : 0
        return ScreenLine(block: paragraph.block, range: range, kind: kind, indent: indent, paragraph: paragraph)
    }

    /// The blank row set before `paragraph`.
    func separator(before paragraph: LayoutParagraph) -> ScreenLine {
        let start = paragraph.range.lowerBound
        return ScreenLine(block: paragraph.block, range: start..<start, kind: .blank, indent: 0, paragraph: paragraph)
    }

    /// The glyphs of a row, left to right, measured as the wrapping measured them.
    public func glyphs(of line: ScreenLine) -> [Glyph] {
        guard !line.isBlank else { return [] }
        let text = document.substring(line.paragraph.range)
        var index = max(document.index(atOffset: line.range.lowerBound), text.startIndex)
        let end = min(document.index(atOffset: line.range.upperBound), text.endIndex)
        var offset = document.offset(of: index)
        var column = 0
        var glyphs: [Glyph] = []
        while index < end {
            let step = CharacterStep(at: index, in: text)
            if step.isOrdinary {
                let nextOffset = offset + UTF8.width(step.first)
                glyphs.append(Glyph(text: String(step.first), columns: step.columns, source: offset..<nextOffset))
                column += step.columns
                offset = nextOffset
                index = step.next
                continue
            }
            let character = text[index]
            let next = step.next
            let nextOffset = document.offset(of: next)
            let shown = Glyph.displayForm(of: character, atColumn: column) ?? String(character)
            let columns = DisplayWidth.of(shown)
            glyphs.append(Glyph(text: shown, columns: columns, source: offset..<nextOffset))
            column += columns
            offset = nextOffset
            index = next
        }
        return glyphs
    }

    /// Whether the row starting at `start` contains a character that is drawn escaped (a tab or a
    /// control): a scan of the UTF-8 bytes from `start` through three characters past `stop`, the
    /// first character `LineBreaker` found not to fit, which covers every character the break
    /// depends on (the row, the one that did not fit and its look-ahead).
    private func needsEscaping(_ text: Substring, from start: String.Index, stop: String.Index) -> Bool {
        let limit = text.index(stop, offsetBy: 3, limitedBy: text.endIndex) ?? text.endIndex
        return VisibleControls.needsEscaping(text[start..<limit])
    }

    /// The row end for a row with tabs or controls: wraps the row's *displayed* form (tabs as
    /// spaces, controls escaped), so the row fits as drawn, then maps the break back to the source.
    /// A break inside one escaped character moves before it (or after it, if it starts the row).
    private func escapedLineEnd(_ text: Substring, from start: String.Index, width: Int) -> String.Index {
        var shownScalars = String.UnicodeScalarView()
        var ends: [(scalars: Int, index: String.Index)] = []
        var scalarCount = 0
        var used = 0
        var beyond = 0
        var index = start
        while index < text.endIndex {
            let character = text[index]
            let shown = Glyph.displayForm(of: character, atColumn: used) ?? String(character)
            shownScalars.append(contentsOf: shown.unicodeScalars)
            scalarCount += shown.unicodeScalars.count
            used += DisplayWidth.of(shown)
            index = text.index(after: index)
            ends.append((scalarCount, index))
            if used > width {
                beyond += 1
                if beyond > 2 { break }
            }
        }
        let shownText = String(shownScalars)[...]
        let shownEnd = LineBreaker.lineEnd(in: shownText, from: shownText.startIndex, width: width)
        let taken = shownText.unicodeScalars.distance(from: shownText.startIndex, to: shownEnd)
        var result = ends.first?.index ?? text.endIndex
        for entry in ends where entry.scalars <= taken {
            result = entry.index
        }
        return result
    }
}
