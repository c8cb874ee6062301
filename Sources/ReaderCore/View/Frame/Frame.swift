/// A width × height grid of cells: what `render` produces and the terminal draws.
///
/// A pure value (like ratatui's `Buffer`): build it with `put` and `fill`, compare two frames with
/// `changes(from:)`, inspect it in tests with `lines()`. All positions are 0-based (row, column)
/// and all column arithmetic is by display width (`DisplayWidth`), never by `String.count`.
///
/// Invariants every mutating method keeps:
/// - a `.continuation` cell always sits right of a 2-column cell in the same row, in its style;
/// - no 2-column cell starts in the last column (a wide character never straddles an edge);
/// - no cell holds a control character (text goes through `VisibleControls.escape`).
public struct Frame: Hashable, Sendable {
    /// Number of columns.
    public let width: Int
    /// Number of rows.
    public let height: Int
    /// The cells, row by row (`row * width + col`).
    public private(set) var cells: [Cell]

    /// A frame of blank cells in `style`. Negative sizes count as 0.
    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        self.cells = Array(repeating: Cell.blank(style), count: self.width * self.height)
    }

    /// The cell at (row, col), or `nil` outside the frame.
    public func cell(row: Int, col: Int) -> Cell? {
        guard contains(row: row, col: col) else { return nil }
        return cells[row * width + col]
    }

    /// The cells of one row (empty outside the frame).
    public func cells(inRow row: Int) -> ArraySlice<Cell> {
        guard row >= 0, row < height else { return [] }
        return cells[(row * width)..<((row + 1) * width)]
    }

    /// True when (row, col) lies inside the frame.
    public func contains(row: Int, col: Int) -> Bool {
        row >= 0 && row < height && col >= 0 && col < width
    }

    /// Writes `text` on one row starting at `col` and returns the number of columns used.
    ///
    /// The text is clipped by display width at the right edge of the frame, or after `maxColumns`
    /// columns if that comes first. A 2-column character that would straddle that limit is
    /// replaced by one space (never half a character). Control characters are made visible with
    /// `VisibleControls.escape`. Zero-width code points join the cell before them; any at the very
    /// start of `text` have nothing to join and are dropped. A negative `col` clips on the left.
    /// Cells of a wide character that `text` partly overwrites become spaces.
    @discardableResult
    public mutating func put(
        _ text: some StringProtocol, row: Int, col: Int, style: Style = .plain, maxColumns: Int? = nil
    ) -> Int {
        guard row >= 0, row < height else { return 0 }
        let limit = min(width, maxColumns.map { col + max($0, 0) } ?? width)
        guard col < limit else { return 0 }
        var column = col
        var pending = ""
        var pendingWidth = 0
        for scalar in VisibleControls.escape(String(text)).unicodeScalars {
            let scalarWidth = min(DisplayWidth.of(scalar), 2)
            if scalarWidth == 0 {
                if !pending.isEmpty {
                    pending.unicodeScalars.append(scalar)
                }
                continue
            }
            // A cell is emitted only when the next spacing code point arrives, so it carries all
            // the zero-width code points that follow it.
            if !pending.isEmpty {
                guard emit(pending, width: pendingWidth, row: row, column: &column, limit: limit, style: style)
                else {
                    return column - col
                }
            }
            pending = String(scalar)
            pendingWidth = scalarWidth
        }
        if !pending.isEmpty {
            _ = emit(pending, width: pendingWidth, row: row, column: &column, limit: limit, style: style)
        }
        return column - col
    }

    /// `put` for one glyph of a text row, measured already: when `text` is a single code point of
    /// `columns` (1 or 2) columns that needs no escaping, as nearly every glyph of Chinese text is,
    /// it is stored without `put`'s general path (escaping, a string per code point), which cost
    /// most of a first frame's rendering. Anything else goes through `put`; the result is the same.
    @discardableResult
    public mutating func putGlyph(
        _ text: String, columns: Int, row: Int, col: Int, style: Style = .plain, maxColumns: Int
    ) -> Int {
        let scalars = text.unicodeScalars
        guard row >= 0, row < height, col >= 0, columns == 1 || columns == 2,
            let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
            !VisibleControls.isControl(scalar), DisplayWidth.of(scalar) == columns
        else {
            return put(text, row: row, col: col, style: style, maxColumns: maxColumns)
        }
        let limit = min(width, col + max(maxColumns, 0))
        guard col < limit else { return 0 }
        if col + columns > limit {
            // Straddles the limit: a space instead of half a character, as `put` does.
            store(" ", width: 1, row: row, col: col, style: style)
            return 1
        }
        store(text, width: columns, row: row, col: col, style: style)
        return columns
    }

    /// Fills columns `fromCol..<toCol` of a row with spaces in `style` (clamped to the frame).
    public mutating func fill(row: Int, fromCol: Int, toCol: Int, style: Style = .plain) {
        guard row >= 0, row < height else { return }
        let start = max(fromCol, 0)
        let end = min(toCol, width)
        guard start < end else { return }
        releaseWideCharacters(row: row, from: start, to: end)
        for col in start..<end {
            cells[row * width + col] = Cell.blank(style)
        }
    }

    /// Fills the whole frame with spaces in `style`.
    public mutating func clear(style: Style = .plain) {
        for index in cells.indices {
            cells[index] = Cell.blank(style)
        }
    }

    /// Changes the style of columns `fromCol..<toCol` of a row, keeping their text (for highlights
    /// laid over text already written). A wide character cut by either end is restyled whole.
    public mutating func setStyle(row: Int, fromCol: Int, toCol: Int, style: Style) {
        guard row >= 0, row < height else { return }
        var start = max(fromCol, 0)
        var end = min(toCol, width)
        guard start < end else { return }
        if cells[row * width + start].isContinuation, start > 0 {
            start -= 1
        }
        if end < width, cells[row * width + end].isContinuation {
            end += 1
        }
        for col in start..<end {
            cells[row * width + col].style = style
        }
    }

    /// Writes one cell of `cellWidth` columns at `column` (which may be left of the frame) and
    /// advances it. Returns false once nothing more fits before `limit`.
    private mutating func emit(
        _ text: String, width cellWidth: Int, row: Int, column: inout Int, limit: Int, style: Style
    ) -> Bool {
        guard column < limit else { return false }
        if column + cellWidth > limit {
            // Straddles the right limit: a space instead of half a character.
            if column >= 0 {
                store(" ", width: 1, row: row, col: column, style: style)
            }
            column += 1
            return false
        }
        if column >= 0 {
            store(text, width: cellWidth, row: row, col: column, style: style)
        } else if column + cellWidth > 0 {
            // Straddles the left edge: the visible half becomes a space.
            store(" ", width: 1, row: row, col: 0, style: style)
        }
        column += cellWidth
        return column < limit
    }

    /// Stores one cell of `cellWidth` (1 or 2) columns at (row, col), which the caller has checked
    /// to fit. Wide characters it partly covers lose their other half.
    private mutating func store(_ text: String, width cellWidth: Int, row: Int, col: Int, style: Style) {
        releaseWideCharacters(row: row, from: col, to: col + cellWidth)
        let index = row * width + col
        cells[index] = Cell(.text(text), style: style)
        if cellWidth == 2 {
            cells[index + 1] = Cell.continuation(style)
        }
    }

    /// Before columns `from..<to` are overwritten: a wide character whose other half lies outside
    /// that range is replaced by a space, so no half character is ever left behind.
    private mutating func releaseWideCharacters(row: Int, from: Int, to: Int) {
        let base = row * width
        if from > 0, cells[base + from].isContinuation {
            cells[base + from - 1] = Cell.blank(cells[base + from - 1].style)
        }
        if to < width, cells[base + to].isContinuation {
            cells[base + to] = Cell.blank(cells[base + to].style)
        }
    }
}
