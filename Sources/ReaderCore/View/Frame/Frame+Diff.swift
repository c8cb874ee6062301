/// Diffing two frames, so the terminal redraws only what changed.
extension Frame {
    /// The runs of cells that differ from `old`, row by row, left to right.
    ///
    /// Every changed cell is in exactly one run and no unchanged cell is, except that a run never
    /// begins or ends inside a wide character: it is widened to include the whole character, as a
    /// terminal cannot draw half of one. When `old` is `nil` or has a different size, every row is
    /// one run covering the whole row.
    public func changes(from old: Frame?) -> [RowRun] {
        guard let old, old.width == width, old.height == height else {
            return (0..<height).compactMap { row in
                width > 0 ? RowRun(row: row, col: 0, cells: cells(inRow: row)) : nil
            }
        }
        var runs: [RowRun] = []
        for row in 0..<height {
            runs.append(contentsOf: changedRuns(row: row, old: old))
        }
        return runs
    }

    /// The changed runs of one row of two frames of equal size.
    private func changedRuns(row: Int, old: Frame) -> [RowRun] {
        let base = row * width
        var runs: [RowRun] = []
        var col = 0
        while col < width {
            guard cells[base + col] != old.cells[base + col] else {
                col += 1
                continue
            }
            var start = col
            // A change that begins on the right half of a wide character redraws the character.
            while start > 0, cells[base + start].isContinuation {
                start -= 1
            }
            var end = col + 1
            while end < width, cells[base + end] != old.cells[base + end] || cells[base + end].isContinuation {
                end += 1
            }
            // The previous run may already cover `start` when it was widened; merge, never overlap.
            if let last = runs.last, last.col + last.columns >= start {
                start = last.col
                runs.removeLast()
            }
            runs.append(RowRun(row: row, col: start, cells: cells[(base + start)..<(base + end)]))
            col = end
        }
        return runs
    }
}
