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
        for run in frame.changes(from: shown) where run.row < current.height {
            draw(run, screenWidth: current.width, lastRow: run.row == current.height - 1)
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

    /// Writes one run cell by cell at explicit positions, so a width disagreement can never shift
    /// the rest of the row.
    private func draw(_ run: RowRun, screenWidth: Int, lastRow: Bool) {
        var col = run.col
        var mappedStyle: Style?
        var mapped: (attributes: attr_t, pair: Int16) = (CN_A_NORMAL, 0)
        for cell in run.cells {
            defer { col += 1 }
            guard col < screenWidth else { break }
            guard let text = cell.text else { continue }  // a continuation: drawn by its lead
            var width = cell.width
            var glyph = text
            if col + width > screenWidth {
                // The terminal is narrower than the frame: ncurses would wrap a wide character
                // to the next row, so draw a space instead.
                glyph = " "
                width = 1
            } else if Int(cn_wcwidth(glyph.unicodeScalars.first?.value ?? 0x20)) != width {
                // ncurses and the terminal place the cursor by wcwidth; if it disagrees with the
                // frame's width, a stand-in of the right width keeps the columns aligned.
                glyph = width == 2 ? "\u{FF1F}" : "?"
            }
            // Neighbouring cells mostly share a style: map it once per change, not once per cell.
            if cell.style != mappedStyle {
                mappedStyle = cell.style
                mapped = styles.attributes(for: cell.style)
            }
            let (attributes, pair) = mapped
            // The bottom-right cell: adding a character there fails when ncurses cannot advance
            // the cursor past the screen; inserting does not move the cursor.
            let insert = lastRow && col + width == screenWidth
            put(glyph, row: run.row, col: col, insert: insert, attributes: attributes, pair: pair)
        }
    }

    /// Stores one cell through the wide-character API (`setcchar` + `mvwadd_wch`/`mvwins_wch`).
    private func put(_ glyph: String, row: Int, col: Int, insert: Bool, attributes: attr_t, pair: Int16) {
        guard let window else { return }
        // A cchar_t holds one spacing character and up to CCHARW_MAX - 1 combining ones. The
        // characters go through a buffer on the stack: a frame redraw stores thousands of cells.
        var cell = cchar_t()
        let made = withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 6) { buffer in
            var count = 0
            for scalar in glyph.unicodeScalars.prefix(5) {
                buffer[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            buffer[count] = 0
            return setcchar(&cell, buffer.baseAddress, attributes, pair, nil)
        }
        if made == ERR {
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
