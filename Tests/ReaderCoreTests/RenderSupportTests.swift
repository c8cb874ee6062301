import Testing

@testable import ReaderCore

/// Helpers for frame assertions: a style code per cell, so styles can be compared as text.
enum RenderProbe {
    /// One character per role.
    static let codes: [Style.Role: Character] = [
        .normal: "-", .dim: "d", .heading1: "1", .heading2: "2", .heading3: "3", .heading4: "4",
        .requirementMarker: "R", .gapMarker: "G", .outlineSelected: "S", .outlineCurrent: "O",
        .cursorSentence: "C", .searchMatch: "m", .currentMatch: "M", .status: "s", .statusFocus: "F",
        .prompt: "p", .helpTitle: "T", .helpKey: "K", .border: "|", .noteMarker: "n",
        .bookmarkMarker: "b", .findingMarker: "!", .selection: "v", .message: "i", .error: "E"
    ]

    /// The role codes of columns `from..<to` of a row; a cell underlined beyond its role's default
    /// shows `_` after... no: underlined cells whose role is not underlined by default show as `u`.
    static func styles(_ frame: Frame, row: Int, from: Int = 0, to: Int? = nil) -> String {
        let cells = Array(frame.cells(inRow: row))
        let end = min(to ?? cells.count, cells.count)
        guard from < end else { return "" }
        return String(
            cells[from..<end].map { cell -> Character in
                let role = cell.style.role
                if cell.style.underline, !role.defaultEmphasis.underline { return "u" }
                return codes[role] ?? "?"
            })
    }

    /// Every wide character has its continuation, no continuation is orphaned, and no row is
    /// wider than the frame.
    static func wideCharactersAreWhole(_ frame: Frame) -> Bool {
        for row in 0..<frame.height {
            let cells = Array(frame.cells(inRow: row))
            for (col, cell) in cells.enumerated() {
                if cell.width == 2, !(col + 1 < cells.count && cells[col + 1].isContinuation) { return false }
                if cell.isContinuation, !(col > 0 && cells[col - 1].width == 2) { return false }
            }
            if DisplayWidth.of(frame.lines()[row]) > frame.width { return false }
        }
        return true
    }
}

@Suite("Render support")
struct RenderSupportTests {
    @Test func styleCodesCoverEveryRole() {
        #expect(Style.Role.allCases.allSatisfy { RenderProbe.codes[$0] != nil })
        var frame = Frame(width: 4, height: 1)
        frame.put("ab", row: 0, col: 0, style: Style(.heading1))
        frame.put("c", row: 0, col: 2, style: Style(.heading1).with(underline: true))
        #expect(RenderProbe.styles(frame, row: 0) == "11u-")
    }
}
