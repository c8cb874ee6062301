import SpeechParser
import Testing

@testable import ReaderCore

@Suite("Reader layout")
struct ReaderLayoutTests {
    let speech = ReaderFixture.speech

    /// Every row of the document at `width`, top to bottom.
    private func allRows(_ document: Document, width: Int) -> [ScreenLine] {
        var layout = TextLayout(document: document, width: width)
        return layout.lines(fromLineStart: layout.firstLineStart(), count: 100_000)
    }

    // MARK: - shape of the flow

    @Test func headingsGetTheirOwnRowsAfterABlankRowAndBodiesAreIndented() {
        let document = Document(parsing: "前言一句。\n一、总体要求。正文在同一行。\n正文第二段。\n同志们，结束语。")
        let rows = allRows(document, width: 40)
        let shown = rows.map { row -> String in
            let text = String(document.substring(row.range))
            switch row.kind {
            case .blank: return "<blank>"
            case .heading(let level): return "H\(level) " + text
            case .gap: return "GAP " + text
            case .text: return String(repeating: " ", count: row.indent) + text
            }
        }
        #expect(
            shown == [
                "    前言一句。",
                "<blank>",
                "H1 一、总体要求。",
                "    正文在同一行。",
                "    正文第二段。",
                "<blank>",
                "    同志们，结束语。"
            ])
    }

    @Test func aGapIsOneRowWithBlankRowsAroundItAndStatesItsCount() {
        let rows = allRows(speech, width: 52)
        guard
            let gap = rows.firstIndex(where: {
                if case .gap = $0.kind { return true }
                return false
            })
        else {
            Issue.record("no gap row")
            return
        }
        #expect(rows[gap].kind == .gap(elided: 8274))
        #expect(rows[gap - 1].isBlank && rows[gap + 1].isBlank)
        #expect(speech.substring(rows[gap].range) == "---此处隐藏8274字,下载后查看---")
    }

    @Test func sourceIndentationAndBlankLinesAreNormalised() {
        let document = Document(parsing: "\u{3000}\u{3000}第一段。\n\n\n  第二段。  \n")
        let rows = allRows(document, width: 30)
        #expect(rows.map { document.substring($0.range) } == ["第一段。", "第二段。"])
        #expect(rows.map(\.indent) == [4, 4])
    }

    @Test func noIndentBelowTwentyColumns() {
        let rows = allRows(speech, width: 19)
        #expect(rows.allSatisfy { $0.indent == 0 })
    }

    // MARK: - requirement items

    @Test func requirementItemsBeginIndentedParagraphsWithoutBlankRows() {
        let document = Document(parsing: "前言。\n一、总体要求。我们要：一是要学习；二是要实践。三是要总结。\n正文第二段。")
        #expect(document.nodes.filter { $0.kind == .requirement }.map(\.path) == ["1.1", "1.2", "1.3"])
        let rows = allRows(document, width: 40)
        let shown = rows.map { row -> String in
            let text = String(document.substring(row.range))
            switch row.kind {
            case .blank: return "<blank>"
            case .heading(let level): return "H\(level) " + text
            case .gap: return "GAP " + text
            case .text: return String(repeating: " ", count: row.indent) + text
            }
        }
        #expect(
            shown == [
                "    前言。",
                "<blank>",
                "H1 一、总体要求。",
                "    我们要：",
                "    一是要学习；",
                "    二是要实践。",
                "    三是要总结。",
                "    正文第二段。"
            ])
        // One block, five paragraphs numbered in order (`paragraph(after:)` and `(before:)` rely on it).
        let layout = TextLayout(document: document, width: 40)
        #expect(layout.paragraphs(inBlock: 1).map(\.part) == [0, 1, 2, 3, 4])
    }

    @Test func paragraphsAreNumberedInOrderAndWalkBothWays() {
        let layout = TextLayout(document: speech, width: 52)
        var all: [LayoutParagraph] = []
        for block in speech.blocks.indices {
            let parts = layout.paragraphs(inBlock: block)
            #expect(parts.map(\.part) == Array(parts.indices), "block \(block)")
            #expect(parts.allSatisfy { !$0.range.isEmpty && layout.trimmed($0.range) == $0.range }, "block \(block)")
            all += parts
        }
        var forward: [LayoutParagraph] = []
        var next = layout.firstParagraph(fromBlock: 0)
        while let paragraph = next, forward.count <= all.count {
            forward.append(paragraph)
            next = layout.paragraph(after: paragraph)
        }
        var backward: [LayoutParagraph] = []
        var previous = layout.lastParagraph()
        while let paragraph = previous, backward.count <= all.count {
            backward.append(paragraph)
            previous = layout.paragraph(before: paragraph)
        }
        #expect(forward == all)
        #expect(backward.reversed() == all)
        #expect(all.allSatisfy { layout.paragraph(containing: $0.range.lowerBound) == $0 })
    }

    @Test(arguments: [20, 23, 52, 80])
    func everyRequirementMarkerStartsAnIndentedRowRightAfterTheTextBefore(width: Int) {
        var layout = TextLayout(document: speech, width: width)
        let requirements = speech.nodes.filter { $0.kind == .requirement }
        #expect(requirements.count == 18)
        for node in requirements {
            let start = node.range.lowerBound
            #expect(layout.lineStart(containing: start) == start, "\(node.path) at \(width)")
            let row = layout.lines(fromLineStart: start, count: 1).first
            #expect(row?.kind == .text && row?.indent == 4, "\(node.path) at \(width)")
            // Every item here starts inside body text: the row above is text, not a separator.
            #expect(layout.lines(before: start, count: 1).map(\.kind) == [.text], "\(node.path) at \(width)")
        }
    }

    @Test(arguments: [23, 52])
    func scrollingLineByLineThroughSection12RoundTrips(width: Int) {
        var layout = TextLayout(document: speech, width: width)
        let first = layout.lineStart(containing: speech.nodes[ReaderFixture.node("1.2")].range.lowerBound)
        let end = layout.lineStart(containing: speech.nodes[ReaderFixture.node("1.3")].range.lowerBound)
        var down = [first]
        while let last = down.last, last < end, down.count < 1_000 {
            down.append(layout.lineStart(movedBy: 1, from: last))
        }
        #expect(down.last == end)
        var up = [end]
        while let last = up.last, last > first, up.count < 1_000 {
            up.append(layout.lineStart(movedBy: -1, from: last))
        }
        #expect(up == down.reversed())
        for path in ["1.2.1", "1.2.2", "1.2.3"] {
            #expect(down.contains(speech.nodes[ReaderFixture.node(path)].range.lowerBound), "\(path) at \(width)")
        }
        // Whole screens agree with single rows in both directions.
        let rows = layout.lines(fromLineStart: first, count: down.count + 1).filter { !$0.isBlank }
        #expect(Array(rows.map(\.range.lowerBound).prefix(down.count)) == down)
        let above = layout.lines(before: end, count: 1_000).filter { !$0.isBlank }.map(\.range.lowerBound)
        #expect(Array(above.suffix(down.count - 1)) == Array(down.dropLast()))
    }

    // MARK: - rows are complete and fit

    @Test(arguments: [1, 2, 3, 7, 19, 20, 33, 40, 52, 61, 79])
    func rowsCoverEachParagraphExactlyAndFitTheWidth(width: Int) {
        let layout = TextLayout(document: speech, width: width)
        let rows = allRows(speech, width: width)
        var covered: [Range<Int>] = []
        for row in rows where !row.isBlank {
            if case .gap = row.kind {
                covered.append(row.range)
                continue
            }
            let columns = layout.glyphs(of: row).reduce(0) { $0 + $1.columns }
            // Only a single character wider than the width may exceed it (a CJK character at width 1).
            #expect(row.indent + columns <= width || layout.glyphs(of: row).count == 1, "row \(row.range) at \(width)")
            if let last = covered.last, last.upperBound == row.range.lowerBound {
                covered[covered.count - 1] = last.lowerBound..<row.range.upperBound
            } else {
                covered.append(row.range)
            }
        }
        // Contiguous runs of rows are exactly the trimmed paragraphs.
        var paragraphs: [Range<Int>] = []
        for block in speech.blocks.indices {
            paragraphs += layout.paragraphs(inBlock: block).map(\.range)
        }
        var merged: [Range<Int>] = []
        for range in paragraphs {
            if let last = merged.last, last.upperBound == range.lowerBound {
                merged[merged.count - 1] = last.lowerBound..<range.upperBound
            } else {
                merged.append(range)
            }
        }
        #expect(covered == merged)
    }

    @Test func kinsokuHoldsInTheLaidOutText() {
        let closing: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "”", "’", "》", ",", ":", ")"]
        for width in [21, 33, 52] {
            for row in allRows(speech, width: width) where row.kind == .text {
                let first = speech.substring(row.range).first
                #expect(first.map { !closing.contains($0) } ?? true, "row starts with a closing mark at \(width)")
            }
        }
    }

    // MARK: - positions, never rows

    @Test func lineStartGivesTheRowHoldingTheOffsetAtEveryWidth() {
        for width in [10, 37, 52, 80] {
            var layout = TextLayout(document: speech, width: width)
            for offset in stride(from: 0, to: speech.utf8Count, by: 97) {
                let start = layout.lineStart(containing: offset)
                guard let row = layout.lines(fromLineStart: start, count: 1).first else {
                    Issue.record("no row at \(offset)")
                    continue
                }
                #expect(row.range.lowerBound == start)
                // Inside a paragraph the row holds the offset; between paragraphs the next row starts after it.
                #expect(row.range.contains(offset) || row.range.lowerBound > offset, "offset \(offset) at \(width)")
            }
            let end = layout.lineStart(containing: speech.utf8Count)
            #expect(layout.lines(fromLineStart: end, count: 2).map(\.range.upperBound) == [speech.utf8Count])
        }
    }

    @Test func resizingBackAndForthKeepsTheTopExactly() {
        var state = ReaderFixture.state()
        ReaderFixture.apply([.scroll(.pages(3)), .scroll(.rows(2))], to: &state)
        let before = state
        for (width, height) in [(40, 12), (61, 30), (23, 7), (120, 40), (80, 24)] {
            ReaderReducer.reduce(&state, .resize(width: width, height: height))
            var layout = TextLayout(document: speech, width: state.geometry.layoutWidth)
            #expect(state.top == layout.lineStart(containing: before.anchor))
            #expect(state.top <= before.anchor)
        }
        #expect(state == before)
    }

    @Test func linesBeforeMirrorLinesFrom() {
        var layout = TextLayout(document: speech, width: 37)
        let all = layout.lines(fromLineStart: 0, count: 10_000)
        for index in stride(from: 0, to: all.count, by: 17) where !all[index].isBlank {
            let above = layout.lines(before: all[index].range.lowerBound, count: 9)
            let expected = Array(all[max(index - 9, 0)..<index])
            #expect(above == expected, "rows above row \(index)")
        }
    }

    @Test func movingByRowsNeverLandsOnABlankRowAndStopsAtTheEnds() {
        var layout = TextLayout(document: speech, width: 52)
        let start = layout.firstLineStart()
        #expect(layout.lineStart(movedBy: -1, from: start) == start)
        let headingRow = ReaderFixture.offset(of: "一、溯源固本")
        let above = layout.lineStart(movedBy: -1, from: headingRow)
        #expect(above == ReaderFixture.offset(of: "交流几点意见"))  // skips the blank row
        #expect(layout.lineStart(movedBy: 1, from: above) == headingRow)
        let last = layout.lastPageTop(rows: 22)
        let end = layout.lineStart(movedBy: 10_000, from: last)
        #expect(layout.lines(fromLineStart: end, count: 5).count == 1)
    }

    @Test func lastPageTopFillsThePane() {
        var layout = TextLayout(document: speech, width: 52)
        let top = layout.lastPageTop(rows: 22)
        let window = layout.lines(fromLineStart: top, count: 23)
        #expect(window.count == 22)
        #expect(top == ReaderFixture.offset(of: "不回避矛盾,对于城市更新"))
        #expect(window.last.map { $0.range.upperBound } == speech.utf8Count)
        let short = Document(parsing: "只有一句。")
        var small = TextLayout(document: short, width: 52)
        #expect(small.lastPageTop(rows: 22) == 0)
    }

    // MARK: - tabs and controls

    @Test func tabsBecomeSpacesAndControlsAreEscapedInGlyphsAndInWrapping() {
        let document = Document(parsing: "a\tb\u{1B}[31mred\u{202E}x")
        var layout = TextLayout(document: document, width: 8)
        let rows = layout.lines(fromLineStart: 0, count: 10)
        var shown: [String] = []
        for row in rows {
            let glyphs = layout.glyphs(of: row)
            let columns = glyphs.reduce(0) { $0 + $1.columns } + row.indent
            #expect(columns <= 8)
            shown.append(glyphs.map(\.text).joined())
        }
        #expect(shown.joined() == "a   b^[[31mredU+202Ex")
        #expect(!shown.contains { $0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E } })
    }

    @Test func anEscapeIsNeverSplitAcrossRows() {
        let document = Document(parsing: "abcdef\u{1B}gh")
        var layout = TextLayout(document: document, width: 7)
        let rows = layout.lines(fromLineStart: 0, count: 10)
        #expect(rows.map { layout.glyphs(of: $0).map(\.text).joined() } == ["abcdef", "^[gh"])
    }

    // MARK: - laziness

    @Test func aLargeDocumentWrapsOnlyWhatTheScreenNeeds() {
        let paragraph = String(repeating: "这是一个用来测试布局是否按需计算的句子。", count: 20)
        let text = (0..<5_000).map { "（\($0 % 9 + 1)）第\($0)节。" + paragraph }.joined(separator: "\n")
        let document = Document(parsing: text)
        #expect(document.utf8Count > 5_000_000)
        var layout = TextLayout(document: document, width: 52)
        _ = layout.lines(fromLineStart: layout.firstLineStart(), count: 24)
        #expect(layout.bytesWrapped < 5_000)

        var middle = TextLayout(document: document, width: 52)
        let start = middle.lineStart(containing: document.utf8Count / 2)
        _ = middle.lines(fromLineStart: start, count: 24)
        _ = middle.lines(before: start, count: 24)
        #expect(middle.bytesWrapped < 20_000)  // a few paragraphs, not the 5 MB

        var end = TextLayout(document: document, width: 52)
        _ = end.lastPageTop(rows: 22)
        #expect(end.bytesWrapped < 10_000)
    }

    @Test func aGiantSingleLineIsWrappedFromWhereTheScreenIs() {
        let text = String(repeating: "长", count: 1_000_000)  // one 3 MB line
        let document = Document(parsing: text)
        var layout = TextLayout(document: document, width: 40)
        let rows = layout.lines(fromLineStart: 0, count: 24)
        #expect(rows.count == 24)
        #expect(layout.bytesWrapped < 24 * 40 * 2)
        // Going down from a known row start stays proportional too.
        let next = layout.lineStart(movedBy: 23, from: rows[23].range.lowerBound)
        #expect(next > rows[23].range.lowerBound)
        #expect(layout.bytesWrapped < 48 * 40 * 2)
    }
}
