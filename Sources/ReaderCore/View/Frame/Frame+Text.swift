/// Reading a frame back as text, for snapshot tests and hit-testing.
extension Frame {
    /// One string per row: the cells' text in order, continuation cells skipped (a wide character
    /// appears once), trailing spaces trimmed.
    public func lines() -> [String] {
        (0..<height).map { row in
            var line = ""
            for cell in cells(inRow: row) {
                if let text = cell.text {
                    line += text
                }
            }
            while line.unicodeScalars.last == " " {
                line.unicodeScalars.removeLast()
            }
            return line
        }
    }

    /// The rows of `lines()` joined with newlines.
    public var text: String {
        lines().joined(separator: "\n")
    }

    /// A row split into runs of equal style: each run's text (wide characters once) and style.
    /// Trailing blank plain cells are included, so the runs cover the whole row.
    public func styledRuns(row: Int) -> [(text: String, style: Style)] {
        var runs: [(text: String, style: Style)] = []
        for cell in cells(inRow: row) {
            let text = cell.text ?? ""
            if let last = runs.last, last.style == cell.style {
                runs[runs.count - 1].text += text
            } else {
                runs.append((text, cell.style))
            }
        }
        return runs
    }

    /// The style of every column of a row (a continuation cell has its wide character's style).
    public func styles(row: Int) -> [Style] {
        cells(inRow: row).map(\.style)
    }

    /// The first (row, column) where `needle` appears on one row, searching rows top to bottom;
    /// `nil` when absent. The column is a display column, so it can be used to aim a mouse click.
    public func locate(_ needle: String) -> (row: Int, col: Int)? {
        guard !needle.isEmpty else { return nil }
        for row in 0..<height {
            // Each cell's text with the column where it starts; a match must begin at a cell.
            var line = ""
            var starts: [(offset: Int, col: Int)] = []
            for (col, cell) in cells(inRow: row).enumerated() {
                if let text = cell.text {
                    starts.append((line.unicodeScalars.count, col))
                    line += text
                }
            }
            let scalars = Array(line.unicodeScalars)
            let target = Array(needle.unicodeScalars)
            for start in starts where start.offset + target.count <= scalars.count {
                if Array(scalars[start.offset..<(start.offset + target.count)]) == target {
                    return (row, start.col)
                }
            }
        }
        return nil
    }
}
