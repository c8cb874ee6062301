import CNCurses
import ReaderCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Drawing frames: only the runs that changed since the last frame are sent to ncurses.
extension Terminal {
    /// Draws `frame`, writing only the cells that differ from the previous frame, then updates
    /// the physical screen. Cells beyond the terminal (if it shrank since the frame was rendered)
    /// are clipped, never wrapped.
    public func draw(_ frame: Frame) {
        guard let window else { return }
        let current = size
        if shown == nil || current != shownSize {
            // Everything is rewritten: start from a blank window so areas outside a smaller
            // frame do not keep stale text.
            werase(window)
            if shown != nil {
                _ = clearok(window, true)
            }
            shown = nil
        }
        // On an erased window a plain blank is already there: a first frame, mostly margins and
        // short rows, then stores only what it shows.
        let onBlank = shown == nil
        for run in frame.changes(from: shown) where run.row < current.height {
            draw(run, screenWidth: current.width, lastRow: run.row == current.height - 1, onBlank: onBlank)
        }
        wnoutrefresh(window)
        doupdate()
        shown = frame
        shownSize = current
    }

    /// Repaints everything from scratch on the next draw: clears the physical screen and redraws
    /// `frame` (or the last frame drawn). Use after anything that may have scribbled on the
    /// terminal behind ncurses' back.
    func forceRedraw(_ frame: Frame? = nil) {
        guard let window else { return }
        _ = clearok(window, true)
        let target = frame ?? shown
        shown = nil
        if let target {
            draw(target)
        } else {
            wrefresh(window)
        }
    }

    /// The most code points one cell stores: a spacing one and up to four combining ones (a
    /// `cchar_t` holds `CCHARW_MAX` = 5).
    private static let cellScalars = 5

    /// Writes one run cell by cell at explicit positions, so a width disagreement can never shift
    /// the rest of the row. A cell's code points go through one buffer on the stack, read once
    /// for both its width and its `cchar_t`: a first frame stores thousands of cells.
    private func draw(_ run: RowRun, screenWidth: Int, lastRow: Bool, onBlank: Bool) {
        var col = run.col
        var mappedStyle: Style?
        var mapped: (attributes: attr_t, pair: Int16) = (CN_A_NORMAL, 0)
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: Self.cellScalars + 1) { buffer in
            for cell in run.cells {
                defer { col += 1 }
                guard col < screenWidth else { break }
                guard case .text(let text) = cell.content else { continue }  // a continuation: drawn by its lead
                var count = 0
                var columns = 0
                for scalar in text.unicodeScalars {
                    columns += DisplayWidth.of(scalar)
                    if count < Self.cellScalars {
                        buffer[count] = wchar_t(bitPattern: scalar.value)
                        count += 1
                    }
                }
                guard count > 0 else { continue }
                var width = Cell.width(ofColumns: columns)
                if col + width > screenWidth {
                    // The terminal is narrower than the frame: ncurses would wrap a wide character
                    // to the next row, so draw a space instead.
                    buffer[0] = 0x20
                    count = 1
                    width = 1
                } else if Int(cn_wcwidth(UInt32(bitPattern: buffer[0]))) != width {
                    // ncurses and the terminal place the cursor by wcwidth; if it disagrees with the
                    // frame's width, a stand-in of the right width keeps the columns aligned.
                    buffer[0] = width == 2 ? 0xFF1F : 0x3F
                    count = 1
                }
                buffer[count] = 0
                // Neighbouring cells mostly share a style: map it once per change, not once per cell.
                if cell.style != mappedStyle {
                    mappedStyle = cell.style
                    mapped = styles.attributes(for: cell.style)
                }
                let (attributes, pair) = mapped
                if onBlank, count == 1, buffer[0] == 0x20, attributes == CN_A_NORMAL, pair == 0 { continue }
                // The bottom-right cell: adding a character there fails when ncurses cannot advance
                // the cursor past the screen; inserting does not move the cursor.
                let insert = lastRow && col + width == screenWidth
                put(buffer, row: run.row, col: col, insert: insert, attributes: attributes, pair: pair)
            }
        }
    }

    /// Stores one cell, the code points in `characters` (zero-terminated), through the
    /// wide-character API (`setcchar` + `mvwadd_wch`/`mvwins_wch`).
    private func put(
        _ characters: UnsafeMutableBufferPointer<wchar_t>, row: Int, col: Int, insert: Bool, attributes: attr_t,
        pair: Int16
    ) {
        guard let window else { return }
        var cell = cchar_t()
        if setcchar(&cell, characters.baseAddress, attributes, pair, nil) == ERR {
            var fallback: [wchar_t] = [wchar_t(bitPattern: 0x3F), 0]
            _ = setcchar(&cell, &fallback, attributes, pair, nil)
        }
        if insert {
            _ = mvwins_wch(window, Int32(row), Int32(col), &cell)
        } else {
            _ = mvwadd_wch(window, Int32(row), Int32(col), &cell)
        }
    }
}
