/// How the screen is divided: which panes are visible where, at a given size and focus.
///
/// - At least 60 columns: the outline on the left (a third of the width, 24–40 columns), a
///   border column, a blank column, then the text pane.
/// - Narrower: one pane at full width, the text, or the outline while it has the focus.
/// - Below 20 × 6: nothing but a "too small" message.
/// The last two rows are always the status line and the prompt line.
struct ScreenGeometry: Hashable, Sendable {
    /// A pane's columns.
    struct Pane: Hashable, Sendable {
        var x: Int
        var width: Int
        func contains(col: Int) -> Bool { col >= x && col < x + width }
    }

    static let minimumWidth = 20
    static let minimumHeight = 6
    static let twoPaneWidth = 60

    let width: Int
    let height: Int
    /// Too small to draw the reader.
    let isTiny: Bool
    /// Rows of the panes (above the status and prompt lines).
    let paneRows: Int
    /// The outline pane, when visible.
    let outline: Pane?
    /// The column of the border between the panes, when both are visible.
    let border: Int?
    /// The text pane, when visible.
    let text: Pane?
    /// The width the text is laid out at, whether or not the text pane is visible (so switching
    /// panes on a narrow screen never re-wraps).
    let layoutWidth: Int

    init(width: Int, height: Int, focus: ReaderState.Focus, settings: ReaderSettings = ReaderSettings()) {
        self.width = width
        self.height = height
        isTiny = width < Self.minimumWidth || height < Self.minimumHeight
        paneRows = max(height - 2, 1)
        let textPane: Pane
        if width >= Self.twoPaneWidth, !settings.outlineHidden {
            let outlineWidth = Self.outlineWidth(width, settings.outlineWidth)
            outline = Pane(x: 0, width: outlineWidth)
            border = outlineWidth
            textPane = Pane(x: outlineWidth + 2, width: width - outlineWidth - 2)
        } else {
            let full = Pane(x: 0, width: max(width, 1))
            outline = focus == .outline ? full : nil
            border = nil
            textPane = full
        }
        // Reading comfort: lines no wider than the configured measure, centred or on the left.
        let measure = settings.maxTextWidth.map { min(max($0, 10), textPane.width) } ?? textPane.width
        let shift = settings.textAlign == .center ? (textPane.width - measure) / 2 : 0
        let narrowed = Pane(x: textPane.x + shift, width: measure)
        text = outline != nil && border == nil ? nil : narrowed
        layoutWidth = measure
    }

    /// The outline pane's width: the configured one kept between 12 columns and half the
    /// screen, else a third of the screen, 24–40 columns.
    static func outlineWidth(_ width: Int, _ configured: Int?) -> Int {
        guard let configured else { return min(40, max(24, width / 3)) }
        return min(max(configured, 12), width / 2)
    }

    /// Whether the outline and the text share the screen.
    var isTwoPane: Bool { border != nil }
    /// The status line's row.
    var statusRow: Int { height - 2 }
    /// The prompt line's row.
    var promptRow: Int { height - 1 }
}
