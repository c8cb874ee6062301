import ReaderCore
import Testing

@testable import TerminalUI

/// The mouse reports the reader decodes itself (after an ESC, when ncurses leaves them as
/// characters): SGR (`ESC [ < B ; X ; Y M|m`) and X10 (`ESC [ M b x y`). A report is an
/// event, nothing, or — when it is not one — characters handed back; never keys by accident.
@Suite("Mouse report decoding")
struct MouseReportTests {
    private func parse(_ text: String) -> MouseReport.Parse {
        MouseReport.parse(Array(text))
    }

    private func press(row: Int, col: Int) -> MouseReport.Parse {
        .complete(.mouse(InputEvent.MouseEvent(.press, row: row, col: col)))
    }

    private func x10(_ button: Int, _ x: Int, _ y: Int) -> String {
        "[M" + [button, x, y].compactMap { Unicode.Scalar(32 + $0).map { String(Character($0)) } }.joined()
    }

    @Test func sgrPressAndRelease() {
        #expect(parse("[<0;10;5M") == press(row: 4, col: 9))
        #expect(parse("[<0;10;5m") == .complete(nil))  // the release means nothing to the reader
        #expect(parse("[<0;1;1M") == press(row: 0, col: 0))
    }

    @Test func sgrWheelAndOtherButtons() {
        #expect(parse("[<64;3;7M") == .complete(.mouse(InputEvent.MouseEvent(.wheelUp, row: 6, col: 2))))
        #expect(parse("[<65;3;7M") == .complete(.mouse(InputEvent.MouseEvent(.wheelDown, row: 6, col: 2))))
        #expect(parse("[<66;3;7M") == .complete(nil))  // wheel left/right
        #expect(parse("[<1;3;7M") == .complete(nil))  // middle button
        #expect(parse("[<2;3;7M") == .complete(nil))  // right button
        #expect(parse("[<32;3;7M") == .complete(nil))  // motion with a button down
        #expect(parse("[<4;3;7M") == press(row: 6, col: 2))  // shift-click is still a click
    }

    @Test func sgrCoordinatesBeyond223() {
        #expect(parse("[<0;300;250M") == press(row: 249, col: 299))
        #expect(parse("[<0;9999;9999M") == press(row: 9998, col: 9998))
    }

    @Test func sgrPrefixesAreIncomplete() {
        for prefix in ["", "[", "[<", "[<0", "[<0;", "[<0;12", "[<0;12;", "[<0;12;3"] {
            #expect(parse(prefix) == .incomplete, "\(prefix)")
        }
    }

    @Test func malformedSGRIsDroppedNeverTyped() {
        // Only a mouse report starts `ESC [ <`: a broken one is swallowed whole, so none of its
        // characters (`m`, digits) reach the keymap.
        for text in [
            "[<0;12M", "[<0;;3M", "[<;1;1M", "[<0;1;1;1M", "[<a;1;1M", "[<0;1;1x", "[<0;1;1 ",
            "[<0;1;" + String(repeating: "9", count: 30)
        ] {
            #expect(parse(text) == .complete(nil), "\(text)")
        }
    }

    @Test func aReportCutShortIsDroppedAndOtherInputGoesBack() {
        for prefix in ["[<", "[<0", "[<0;12;", "[M", "[M !"] {
            #expect(MouseReport.truncated(Array(prefix)) == .complete(nil), "\(prefix)")
        }
        for other in ["", "[", "O", "[A", "[1;5"] {
            #expect(MouseReport.truncated(Array(other)) == .invalid, "\(other)")
        }
    }

    @Test func zeroCoordinatesAreNoEvent() {
        // Cells are 1-based: 0 is outside the screen, not the first cell.
        #expect(parse("[<0;0;5M") == .complete(nil))
        #expect(parse("[<0;5;0M") == .complete(nil))
    }

    @Test func x10PressReleaseAndWheel() {
        #expect(parse(x10(0, 10, 5)) == press(row: 4, col: 9))
        #expect(parse(x10(3, 10, 5)) == .complete(nil))  // release
        #expect(parse(x10(64, 1, 1)) == .complete(.mouse(InputEvent.MouseEvent(.wheelUp, row: 0, col: 0))))
        #expect(parse(x10(65, 1, 1)) == .complete(.mouse(InputEvent.MouseEvent(.wheelDown, row: 0, col: 0))))
    }

    @Test func x10LargeCoordinates() {
        // X10 cells are one byte each, 32 + value: 223 is the last one it can say. A terminal
        // that sends UTF-8 for larger cells (mode 1005) still decodes by code point.
        #expect(parse(x10(0, 223, 223)) == press(row: 222, col: 222))
        #expect(parse(x10(0, 300, 2)) == press(row: 1, col: 299))
    }

    @Test func truncatedX10IsIncompleteAndOtherSequencesInvalid() {
        #expect(parse("[M") == .incomplete)
        #expect(parse("[M ") == .incomplete)
        #expect(parse("[M !") == .incomplete)
        for text in ["O", "[A", "[1;5A", "x", "[[A"] {
            #expect(parse(text) == .invalid, "\(text)")
        }
    }
}
