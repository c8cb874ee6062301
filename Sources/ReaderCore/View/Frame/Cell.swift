/// One screen cell of a `Frame`.
///
/// A cell holds what a terminal stores in one cell: one spacing code point followed by any
/// zero-width code points that combine with it (accents, ZWJ, variation selectors). That is
/// deliberately finer than a Swift `Character`: terminals and ncurses advance the cursor per
/// spacing code point, so a grapheme such as an emoji ZWJ sequence spans several cells here, exactly
/// as `DisplayWidth.of(_:)` counts it. The second column of a 2-column character is a
/// `continuation` cell, which draws nothing of its own.
public struct Cell: Hashable, Sendable {
    /// What a cell draws.
    public enum Content: Hashable, Sendable {
        /// One spacing code point plus its zero-width code points; never empty, never a control.
        case text(String)
        /// The right half of the 2-column character in the cell to the left.
        case continuation
    }

    /// What the cell draws.
    public var content: Content
    /// How it looks.
    public var style: Style

    /// A cell with the given content and style.
    public init(_ content: Content, style: Style = .plain) {
        self.content = content
        self.style = style
    }

    /// A space in the given style: what `Frame(width:height:)` is filled with.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(.text(" "), style: style)
    }

    /// A continuation cell (the right half of a wide character) in the given style.
    public static func continuation(_ style: Style = .plain) -> Cell {
        Cell(.continuation, style: style)
    }

    /// The text the cell starts, or `nil` for a continuation cell.
    public var text: String? {
        if case .text(let text) = content {
            return text
        }
        return nil
    }

    /// True for the right half of a wide character.
    public var isContinuation: Bool { content == .continuation }

    /// Columns the cell's text occupies: 1 or 2 (0 for a continuation cell).
    public var width: Int {
        switch content {
        case .text(let text):
            return Self.width(ofColumns: DisplayWidth.of(text))
        case .continuation:
            return 0
        }
    }

    /// The width of a cell whose text measures `columns`: a cell is 1 or 2 columns wide.
    public static func width(ofColumns columns: Int) -> Int {
        min(max(columns, 1), 2)
    }
}
