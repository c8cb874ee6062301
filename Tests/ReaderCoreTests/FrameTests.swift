import Testing

@testable import ReaderCore

@Suite("Frame")
struct FrameTests {
    // MARK: - writing and clipping

    @Test func blankFrameHasEmptyLinesAndClampsNegativeSizes() {
        let frame = Frame(width: 4, height: 2)
        #expect(frame.lines() == ["", ""])
        #expect(frame.cells.count == 8)
        #expect(frame.cell(row: 1, col: 3) == Cell.blank())
        #expect(frame.cell(row: 2, col: 0) == nil)
        #expect(frame.cell(row: 0, col: -1) == nil)
        let empty = Frame(width: -3, height: -1)
        #expect(empty.width == 0 && empty.height == 0 && empty.lines().isEmpty)
    }

    @Test func asciiReturnsColumnsUsed() {
        var frame = Frame(width: 10, height: 1)
        #expect(frame.put("abc", row: 0, col: 2) == 3)
        #expect(frame.lines() == ["  abc"])
        #expect(frame.put("xyz", row: 5, col: 0) == 0)
        #expect(frame.put("xyz", row: 0, col: 10) == 0)
    }

    @Test func cjkAtOddWidthLeavesASpaceNotHalfACharacter() {
        var frame = Frame(width: 5, height: 1)
        let used = frame.put("中文字幕", row: 0, col: 0)
        #expect(used == 5)
        #expect(frame.lines() == ["中文"])
        #expect(frame.cell(row: 0, col: 0)?.text == "中")
        #expect(frame.cell(row: 0, col: 1)?.isContinuation == true)
        #expect(frame.cell(row: 0, col: 4) == Cell.blank())
    }

    @Test(arguments: [1, 2, 3, 7, 8, 9])
    func cjkNeverExceedsTheWidth(width: Int) {
        var frame = Frame(width: width, height: 1)
        let used = frame.put("各位领导，同志们：今天", row: 0, col: 0)
        #expect(used == width)
        #expect(DisplayWidth.of(frame.lines()[0]) <= width)
        #expect(frame.cell(row: 0, col: width - 1)?.width ?? 0 <= 1)
        assertInvariants(frame)
    }

    @Test func maxColumnsClipsAndStraddleBecomesSpace() {
        var frame = Frame(width: 10, height: 1)
        frame.put("xxxxxxxxxx", row: 0, col: 0)
        let used = frame.put("中文", row: 0, col: 1, style: Style(.heading1), maxColumns: 3)
        #expect(used == 3)
        #expect(frame.lines() == ["x中 xxxxxx"])
        #expect(frame.cell(row: 0, col: 3) == Cell.blank(Style(.heading1)))
        #expect(frame.put("abc", row: 0, col: 0, maxColumns: 0) == 0)
    }

    @Test func wideCharacterAtLastColumnBecomesSpace() {
        var frame = Frame(width: 6, height: 2)
        #expect(frame.put("ab中", row: 0, col: 3) == 3)
        #expect(frame.lines()[0] == "   ab")
        var narrow = Frame(width: 1, height: 1)
        #expect(narrow.put("中", row: 0, col: 0) == 1)
        #expect(narrow.cell(row: 0, col: 0)?.text == " ")
    }

    @Test func negativeColumnClipsOnTheLeft() {
        var frame = Frame(width: 6, height: 1)
        let used = frame.put("中文ab", row: 0, col: -1)
        #expect(used == 6)  // columns advanced from -1, including the one off-screen
        #expect(frame.lines() == [" 文ab"])
        assertInvariants(frame)
    }

    @Test func controlCharactersAreMadeVisible() {
        var frame = Frame(width: 30, height: 1)
        let used = frame.put("a\u{1B}[31mb\tc\u{202E}d\u{9B}", row: 0, col: 0)
        #expect(frame.lines() == ["a^[[31mb^IcU+202EdU+009B"])
        #expect(used == DisplayWidth.of(frame.lines()[0]))
        for cell in frame.cells {
            for scalar in (cell.text ?? "").unicodeScalars {
                #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value))
            }
        }
    }

    @Test func zeroWidthCodePointsJoinThePreviousCell() {
        var frame = Frame(width: 8, height: 1)
        let used = frame.put("\u{301}e\u{301}x\u{200B}y", row: 0, col: 0)
        #expect(used == 3)
        #expect(frame.cell(row: 0, col: 0)?.text == "e\u{301}")
        #expect(frame.cell(row: 0, col: 1)?.text == "x\u{200B}")
        #expect(frame.cell(row: 0, col: 2)?.text == "y")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var frame = Frame(width: 8, height: 1)
        frame.put("中文字", row: 0, col: 0)
        frame.put("x", row: 0, col: 1)  // the right half of 中
        #expect(frame.lines() == [" x文字"])
        frame.put("y", row: 0, col: 2)  // the left half of 文
        #expect(frame.lines() == [" xy 字"])
        frame.put("国", row: 0, col: 5)  // covers the right half of 字
        #expect(frame.lines() == [" xy  国"])
        assertInvariants(frame)
    }

    @Test func fillIsHalfOpenAndRepairsWideCharacters() {
        var frame = Frame(width: 8, height: 1)
        frame.put("中文字体", row: 0, col: 0)
        frame.fill(row: 0, fromCol: 1, toCol: 3, style: Style(.status))
        #expect(frame.lines() == ["    字体"])
        #expect(frame.cell(row: 0, col: 0)?.style == .plain)
        #expect(frame.cell(row: 0, col: 2)?.style == Style(.status))
        #expect(frame.cell(row: 0, col: 3)?.style == .plain)
        frame.fill(row: 0, fromCol: -5, toCol: 99)
        #expect(frame.lines() == [""])
        assertInvariants(frame)
    }

    @Test func setStyleKeepsTextAndCoversWholeWideCharacters() {
        var frame = Frame(width: 8, height: 1)
        frame.put("中文字", row: 0, col: 0)
        frame.setStyle(row: 0, fromCol: 1, toCol: 3, style: Style(.searchMatch))
        #expect(frame.lines() == ["中文字"])
        #expect(frame.styles(row: 0)[0..<4].allSatisfy { $0 == Style(.searchMatch) })
        #expect(frame.styles(row: 0)[4] == .plain)
        assertInvariants(frame)
    }

    @Test func styledRunsAndLocate() {
        var frame = Frame(width: 12, height: 2)
        frame.put("一、", row: 1, col: 0, style: Style(.heading1))
        frame.put("总体要求", row: 1, col: 4)
        let runs = frame.styledRuns(row: 1)
        #expect(runs.map(\.text) == ["一、", "总体要求"])
        #expect(runs.map(\.style) == [Style(.heading1), .plain])
        #expect(frame.locate("要求")?.row == 1)
        #expect(frame.locate("要求")?.col == 8)
        #expect(frame.locate("不在") == nil)
    }

    @Test func highlightRolesStandOutWithoutColour() {
        for role in Style.Role.allCases where role.isHighlight {
            #expect(!Style(role).hasNoEmphasis, "\(role) needs an emphasis flag for NO_COLOR")
        }
        #expect(Style(.currentMatch) != Style(.searchMatch))
        #expect(Style(.heading1).with(bold: false).hasNoEmphasis)
    }

    // MARK: - diff

    @Test func diffFromNothingIsEveryRow() {
        var frame = Frame(width: 5, height: 3)
        frame.put("中文", row: 1, col: 0)
        let runs = frame.changes(from: nil)
        #expect(runs.map(\.row) == [0, 1, 2])
        #expect(runs.allSatisfy { $0.col == 0 && $0.columns == 5 })
        #expect(runs[1].text == "中文 ")
    }

    @Test func diffOfEqualFramesIsEmpty() {
        var frame = Frame(width: 7, height: 2)
        frame.put("同志们：", row: 0, col: 0)
        #expect(frame.changes(from: frame).isEmpty)
    }

    @Test func diffIsMinimal() {
        var old = Frame(width: 10, height: 3)
        old.put("abcdefghij", row: 0, col: 0)
        old.put("0123456789", row: 2, col: 0)
        var new = old
        new.put("X", row: 0, col: 2)
        new.put("YZ", row: 0, col: 6)
        new.put("W", row: 2, col: 9)
        let runs = new.changes(from: old)
        #expect(
            runs == [
                RowRun(row: 0, col: 2, cells: [Cell(.text("X"))]),
                RowRun(row: 0, col: 6, cells: [Cell(.text("Y")), Cell(.text("Z"))]),
                RowRun(row: 2, col: 9, cells: [Cell(.text("W"))])
            ])
    }

    @Test func diffNeverSplitsAWideCharacter() {
        var old = Frame(width: 6, height: 1)
        old.put("a中b", row: 0, col: 0)
        var restyled = old
        restyled.setStyle(row: 0, fromCol: 2, toCol: 3, style: Style(.cursorSentence))
        let runs = restyled.changes(from: old)
        #expect(runs.count == 1)
        #expect(runs[0].col == 1 && runs[0].columns == 2 && runs[0].text == "中")

        var replaced = old
        replaced.put("文", row: 0, col: 1)
        #expect(
            replaced.changes(from: old) == [
                RowRun(row: 0, col: 1, cells: [Cell(.text("文")), Cell.continuation()])
            ])

        var narrowed = old
        narrowed.put("xy", row: 0, col: 1)
        #expect(narrowed.changes(from: old).map(\.text) == ["xy"])
    }

    @Test func diffAfterSizeChangeRedrawsEverything() {
        let old = Frame(width: 10, height: 3)
        let new = Frame(width: 9, height: 3)
        let runs = new.changes(from: old)
        #expect(runs.count == 3)
        #expect(runs.allSatisfy { $0.col == 0 && $0.columns == 9 })
        #expect(Frame(width: 10, height: 4).changes(from: old).count == 4)
    }

    @Test func diffCoversEveryChangeAndNothingElse() {
        var generator = SplitMix(seed: 0x5EED)
        let alphabet = ["a", "b", "中", "文", "，", " ", "e\u{301}", "字体"]
        let styles = [Style.plain, Style(.heading1), Style(.searchMatch)]
        for _ in 0..<300 {
            let width = Int(generator.next() % 9) + 1
            var old = Frame(width: width, height: 2)
            var new = old
            for frame in [0, 1] {
                for _ in 0..<4 {
                    let text = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                    let style = styles[Int(generator.next() % UInt64(styles.count))]
                    let row = Int(generator.next() % 2)
                    let col = Int(generator.next() % UInt64(width + 1)) - 1
                    if frame == 0 {
                        old.put(text, row: row, col: col, style: style)
                        new.put(text, row: row, col: col, style: style)
                    } else {
                        new.put(text, row: row, col: col, style: style)
                    }
                }
            }
            assertInvariants(old)
            assertInvariants(new)
            let runs = new.changes(from: old)
            var covered = Set<Int>()
            for run in runs {
                #expect(new.cell(row: run.row, col: run.col)?.isContinuation == false)
                #expect(Array(new.cells(inRow: run.row))[run.col..<(run.col + run.columns)] == run.cells[...])
                for offset in 0..<run.columns {
                    let index = run.row * width + run.col + offset
                    #expect(covered.insert(index).inserted, "runs overlap")
                    // A cell in a run either changed or belongs to a wide character that did.
                    let changed = new.cells[index] != old.cells[index]
                    let partOfWide = new.cells[index].width == 2 || new.cells[index].isContinuation
                    #expect(changed || partOfWide)
                }
            }
            for index in new.cells.indices where new.cells[index] != old.cells[index] {
                #expect(covered.contains(index), "a change is not redrawn")
            }
        }
    }

    // MARK: - helpers

    /// Every continuation follows a wide cell of the same style, and no wide cell ends a row.
    private func assertInvariants(_ frame: Frame, sourceLocation: SourceLocation = #_sourceLocation) {
        for row in 0..<frame.height {
            let cells = Array(frame.cells(inRow: row))
            for (col, cell) in cells.enumerated() {
                if cell.isContinuation {
                    #expect(col > 0 && cells[col - 1].width == 2, sourceLocation: sourceLocation)
                    #expect(col > 0 && cells[col - 1].style == cell.style, sourceLocation: sourceLocation)
                } else if cell.width == 2 {
                    #expect(col + 1 < cells.count && cells[col + 1].isContinuation, sourceLocation: sourceLocation)
                }
            }
        }
    }
}

/// A small deterministic generator so the randomized diff test is reproducible.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
