/// What the configuration file (and remembered layout) sets for the reader. The shell reads
/// it; the core only uses it. Every field has the default the reader had before it existed.
public struct ReaderSettings: Hashable, Sendable {
    /// How the text lines sit when `maxTextWidth` makes them narrower than the pane.
    public enum TextAlign: String, Hashable, Sendable {
        /// In the middle of the pane.
        case center
        /// Against the pane's left edge.
        case left
    }

    /// Whether the reader captures the mouse (off: the terminal selects text).
    public var mouse: Bool
    /// The outline pane's width in columns; nil: a third of the screen, 24–40 columns.
    public var outlineWidth: Int?
    /// Whether the outline pane is hidden (the text takes the whole width).
    public var outlineHidden: Bool
    /// Text lines no wider than this many columns (reading comfort); nil: the pane's width.
    public var maxTextWidth: Int?
    /// Where narrower text lines sit.
    public var textAlign: TextAlign
    /// Speaking rate in characters per minute, for the speaking times shown.
    public var readingRate: Int
    /// Rule ids of the check that are turned off (their findings are not shown).
    public var disabledRules: Set<String>

    /// The settings from their parts; the defaults are the reader's behaviour without a file.
    public init(
        mouse: Bool = true, outlineWidth: Int? = nil, outlineHidden: Bool = false, maxTextWidth: Int? = nil,
        textAlign: TextAlign = .center, readingRate: Int = 220, disabledRules: Set<String> = []
    ) {
        self.mouse = mouse
        self.outlineWidth = outlineWidth
        self.outlineHidden = outlineHidden
        self.maxTextWidth = maxTextWidth
        self.textAlign = textAlign
        self.readingRate = readingRate
        self.disabledRules = disabledRules
    }
}
