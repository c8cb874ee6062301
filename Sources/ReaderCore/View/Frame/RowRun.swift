/// A horizontal run of cells on one row that differ from what the terminal shows: the unit the
/// terminal layer redraws. Produced by `Frame.changes(from:)`.
public struct RowRun: Hashable, Sendable {
    /// The row (0-based).
    public let row: Int
    /// The column of the first cell (0-based); never a continuation cell.
    public let col: Int
    /// The cells to write, left to right; a 2-column cell is always followed by its continuation.
    /// A slice of the frame's own cells, not a copy: a first frame's runs are all of its cells.
    public let cells: ArraySlice<Cell>

    /// A run of `cells` starting at (row, col).
    public init(row: Int, col: Int, cells: [Cell]) {
        self.init(row: row, col: col, cells: cells[...])
    }

    /// A run of `cells` (a slice of a frame's cells) starting at (row, col).
    public init(row: Int, col: Int, cells: ArraySlice<Cell>) {
        self.row = row
        self.col = col
        self.cells = cells
    }

    /// The number of columns the run covers.
    public var columns: Int { cells.count }

    /// The run's text, wide characters once (for tests and debugging).
    public var text: String {
        cells.compactMap(\.text).joined()
    }
}
