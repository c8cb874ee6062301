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
            draw(run, screenWidth: current.width, onBlank: onBlank)
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

    /// Writes one run as few calls as it can: neighbouring cells go to ncurses together through
    /// `mvwadd_wchnstr`, which stores them in place (a call per cell through `mvwadd_wch` cost a
    /// first frame about 650 K instructions), breaking only at cells a blank window already shows.
    /// ncurses advances by each character's `wcwidth`; a cell whose width ncurses would count
    /// differently gets a stand-in of the frame's width, so the columns can never shift. Storing
    /// does not move the cursor, so the bottom-right cell needs no special care.
    private func draw(_ run: RowRun, screenWidth: Int, onBlank: Bool) {
        guard let window, !run.cells.isEmpty else { return }
        var col = run.col
        var mappedStyle: Style?
        var mapped: (attributes: attr_t, pair: Int16) = (CN_A_NORMAL, 0)
        withUnsafeTemporaryAllocation(of: cchar_t.self, capacity: run.cells.count) { batch in
            guard let stored = batch.baseAddress else { return }
            withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: Self.cellScalars + 1) { buffer in
                var batchStart = col
                var batchCount = 0
                // The column after the batch's last cell: a cell is added only there, so nothing
                // can ever shift, whatever the run holds.
                var batchEnd = col
                func flush() {
                    if batchCount > 0 {
                        _ = mvwadd_wchnstr(
                            window, Int32(run.row), Int32(batchStart), stored, Int32(batchCount))
                    }
                    batchCount = 0
                }
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
                        // The terminal is narrower than the frame: a wide character would not fit,
                        // so a space stands in.
                        buffer[0] = 0x20
                        count = 1
                        width = 1
                    } else if Int(cn_wcwidth(UInt32(bitPattern: buffer[0]))) != width {
                        // ncurses and the terminal place characters by wcwidth; if it disagrees with
                        // the frame's width, a stand-in of the right width keeps the columns aligned.
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
                    if onBlank, count == 1, buffer[0] == 0x20, attributes == CN_A_NORMAL, pair == 0 {
                        flush()
                        continue
                    }
                    if batchCount > 0, col != batchEnd {
                        flush()
                    }
                    if batchCount == 0 {
                        batchStart = col
                    }
                    batchEnd = col + width
                    if setcchar(stored + batchCount, buffer.baseAddress, attributes, pair, nil) == ERR {
                        var fallback: [wchar_t] = [wchar_t(bitPattern: 0x3F), 0]
                        _ = setcchar(stored + batchCount, &fallback, attributes, pair, nil)
                    }
                    batchCount += 1
                }
                flush()
            }
        }
    }
}
