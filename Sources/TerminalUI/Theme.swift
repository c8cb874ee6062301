/// The colours the reader draws with (`theme` in the configuration file).
public enum Theme: String, Hashable, Sendable, CaseIterable {
    /// No theme chosen: colours picked to stay readable on both light and dark backgrounds.
    case standard
    /// For a dark background: yellow and cyan for structure, a light status bar, no blue text.
    case dark
    /// For a light background: blue and magenta for structure; no yellow or cyan text, which
    /// fade into a white background.
    case light
    /// No colour at all, as with `NO_COLOR`: attributes only.
    case mono

    /// The theme a configuration value names (`dark`, `light`, `mono`); nil for none.
    public init?(configValue: String?) {
        guard let configValue, configValue != Theme.standard.rawValue else { return nil }
        self.init(rawValue: configValue)
    }
}
