import SpeechParser

/// The text pane: rows from the layout, styled by kind, with requirement markers, annotated
/// passages, the selection, the cursor sentence and search matches laid over them; in two-pane
/// mode, the blank column left of the text marks rows with a bookmark (`◆`), a finding of the
/// check (`!`) or a note (`•`), in that order of precedence.
extension Renderer {
    static func drawText(
        _ frame: inout Frame, _ state: ReaderState, window: [ScreenLine], layout: TextLayout,
        pane: ScreenGeometry.Pane, strings: UIStrings
    ) {
        let right = pane.x + pane.width
        let gutter = state.geometry.isTwoPane ? pane.x - 1 : nil
        if window.isEmpty, state.document.sentences.isEmpty {
            // Nothing to lay out: say so rather than show a blank pane.
            let col = pane.x + max((pane.width - DisplayWidth.of(strings.emptyDocument)) / 2, 0)
            frame.put(strings.emptyDocument, row: 0, col: col, style: Style(.message), maxColumns: right - col)
            return
        }
        for (row, line) in window.enumerated() {
            if let gutter, let mark = gutterMark(state, line) {
                frame.put(mark.text, row: row, col: gutter, style: mark.style, maxColumns: 1)
            }
            switch line.kind {
            case .blank:
                continue
            case .gap(let elided):
                let label = strings.elidedLong(elided)
                let col = pane.x + max((pane.width - DisplayWidth.of(label)) / 2, 0)
                let onCursor = state.cursorRange.map { $0.overlaps(line.range) } ?? false
                frame.put(
                    label, row: row, col: col, style: Style(.gapMarker).with(underline: onCursor ? true : nil),
                    maxColumns: right - col)
            case .text, .heading:
                let styler = TextStyler(state: state, line: line)
                var col = pane.x + line.indent
                for glyph in layout.glyphs(of: line) {
                    guard col < right else { break }
                    frame.putGlyph(
                        glyph.text, columns: glyph.columns, row: row, col: col,
                        style: styler.style(at: glyph.source.lowerBound), maxColumns: right - col)
                    col += glyph.columns
                }
            }
        }
    }

    /// The gutter mark of a row: a bookmark starting on it, else a finding on it, else a note
    /// passage on it.
    private static func gutterMark(_ state: ReaderState, _ line: ScreenLine) -> (text: String, style: Style)? {
        guard !line.isBlank, !line.range.isEmpty else { return nil }
        let annotations = state.annotations
        if annotations.hasBookmark(startingIn: line.range) { return ("◆", Style(.bookmarkMarker)) }
        if !state.findings.findings(overlapping: line.range).isEmpty { return ("!", Style(.findingMarker)) }
        if !annotations.noteRanges(overlapping: line.range).isEmpty { return ("•", Style(.noteMarker)) }
        return nil
    }
}

/// The style of each character of one row: base style by kind (page furniture dimmed), annotated
/// passages (a quiet colour, no emphasis), the cursor sentence, the selection, then search
/// matches on top (the current match distinct from the others).
struct TextStyler {
    private let base: Style
    private let requirements: [Range<Int>]
    private let notes: [Range<Int>]
    private let selection: Range<Int>?
    private let cursor: Range<Int>?
    private let matches: ArraySlice<Range<Int>>
    private let currentMatch: Range<Int>?

    init(state: ReaderState, line: ScreenLine) {
        let document = state.document
        if case .heading(let level) = line.kind {
            let roles: [Style.Role] = [.heading1, .heading2, .heading3, .heading4]
            base = Style(roles[min(max(level, 1), 4) - 1])
        } else if Self.isFurniture(document, line.range) {
            base = Style(.dim)
        } else {
            base = .plain
        }
        requirements = Self.requirementSpans(document, line.range)
        notes = state.annotations.noteRanges(overlapping: line.range)
        selection = state.selectionRange
        cursor = state.cursorRange
        let search = state.search
        let first = search.firstMatch(endingAfter: line.range.lowerBound)
        var last = first
        while last < search.matches.count, search.matches[last].lowerBound < line.range.upperBound { last += 1 }
        matches = search.matches[first..<last]
        currentMatch = search.current.flatMap { search.matches.indices.contains($0) ? search.matches[$0] : nil }
    }

    /// The style of the character starting at `offset`.
    func style(at offset: Int) -> Style {
        if let match = matches.first(where: { $0.contains(offset) }) {
            return Style(match == currentMatch ? .currentMatch : .searchMatch)
        }
        if let selection, selection.contains(offset) {
            return Style(.selection)
        }
        var style = base
        let emphasised = base.role != .normal || requirements.contains(where: { $0.contains(offset) })
        if base.role == .normal, emphasised {
            style = Style(.requirementMarker)
        }
        if notes.contains(where: { $0.contains(offset) }) {
            // A note shows over any style: its colour, keeping a heading's or requirement's
            // bold, and underlined there so the mark survives without colour too.
            style = Style(role: .noteMarker, bold: style.bold, underline: emphasised)
        }
        if let cursor, cursor.contains(offset) {
            style = style.role == .normal ? Style(.cursorSentence) : style.with(underline: true)
        }
        return style
    }

    /// Whether `range` lies in page furniture (a site toolbar, page information), shown dimmed.
    private static func isFurniture(_ document: Document, _ range: Range<Int>) -> Bool {
        let furniture = document.furniture
        var low = 0
        var high = furniture.count
        while low < high {
            let mid = (low + high) / 2
            if furniture[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        return low < furniture.count && furniture[low].lowerBound <= range.lowerBound
            && range.upperBound <= furniture[low].upperBound && !range.isEmpty
    }

    /// The marker-and-title spans of requirement nodes (一是…) that overlap `range`.
    private static func requirementSpans(_ document: Document, _ range: Range<Int>) -> [Range<Int>] {
        guard var index = document.nodeIndex(containing: range.lowerBound) else {
            return []
        }
        var spans: [Range<Int>] = []
        while index < document.nodes.count, document.nodes[index].range.lowerBound < range.upperBound {
            let node = document.nodes[index]
            if node.kind == .requirement {
                let span = node.markerRange.lowerBound..<max(node.titleRange.upperBound, node.markerRange.upperBound)
                if span.overlaps(range) { spans.append(span) }
            }
            index += 1
        }
        return spans
    }
}
