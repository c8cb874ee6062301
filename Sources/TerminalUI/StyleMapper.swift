import CNCurses
import ReaderCore

/// Maps a semantic `Style` to ncurses video attributes and a colour pair.
///
/// In colour mode each role has a pair (foreground on the terminal's own background); in
/// monochrome (`NO_COLOR`, or a terminal without colours) only attributes are used, and a
/// highlight role whose style carries no emphasis gets its role's default emphasis, so focus and
/// matches never disappear. The explicit `bold/underline/reverse` flags apply in both modes.
struct StyleMapper {
    /// True when colour pairs are in use.
    let usesColour: Bool
    /// The palette the colour pairs were defined from (`mono` never uses colour).
    let theme: Theme

    /// A mapper for a terminal that does (`usesColour`) or does not use colour.
    init(usesColour: Bool, theme: Theme = .standard) {
        self.usesColour = usesColour && theme != .mono
        self.theme = theme
    }

    /// The attributes (without colour bits) and the colour pair for `style`; pair 0 is the
    /// terminal's default colours.
    func attributes(for style: Style) -> (attributes: attr_t, pair: Int16) {
        var effective = style
        if !usesColour, style.role.isHighlight, style.hasNoEmphasis {
            let emphasis = style.role.defaultEmphasis
            effective = style.with(bold: emphasis.bold, underline: emphasis.underline, reverse: emphasis.reverse)
        }
        var attributes = CN_A_NORMAL
        if effective.bold { attributes |= CN_A_BOLD }
        if effective.underline { attributes |= CN_A_UNDERLINE }
        if effective.reverse { attributes |= CN_A_REVERSE }
        if Self.isDim(style.role) { attributes |= CN_A_DIM }
        return (attributes, usesColour ? Self.pairNumber(for: style.role) : 0)
    }

    /// Defines one colour pair per role. Call after `start_color()`. With `defaultBackground`
    /// (after a successful `use_default_colors()`), -1 keeps the terminal's own background.
    /// Returns false when the terminal has too few pairs (the caller then goes monochrome).
    static func installColourPairs(defaultBackground: Bool, theme: Theme = .standard) -> Bool {
        guard theme != .mono, Int(cn_color_pairs()) > Style.Role.allCases.count else { return false }
        for role in Style.Role.allCases {
            let pair = pairNumber(for: role)
            guard pair != 0 else { continue }
            let foreground = Int16(foregroundColour(for: role, theme: theme))
            // Without the terminal's own background, paint the one the theme was made for.
            let paper = Int16(theme == .light ? COLOR_WHITE : COLOR_BLACK)
            let ink = Int16(theme == .light ? COLOR_BLACK : COLOR_WHITE)
            let background: Int16 = defaultBackground ? -1 : paper
            let resolved: Int16 = foreground < 0 && !defaultBackground ? ink : foreground
            guard init_pair(pair, resolved, background) != ERR else { return false }
        }
        return true
    }

    /// Pair numbers follow `Role.allCases`; `.normal` uses pair 0 (the default colours).
    /// A search of a few cases, made once per change of style while drawing: a dictionary built
    /// at launch would cost a scan of every protocol conformance in the binary for its `Hashable`.
    static func pairNumber(for role: Style.Role) -> Int16 {
        guard role != .normal else { return 0 }
        return Style.Role.allCases.firstIndex(of: role).map { Int16($0) } ?? 0
    }

    /// Foreground colour per role in `theme` (-1: the terminal's default). Reverse-video roles
    /// use their colour as the bar's background.
    static func foregroundColour(for role: Style.Role, theme: Theme = .standard) -> Int32 {
        switch theme {
        case .standard, .mono: return standardColour(for: role)
        case .dark: return darkColour(for: role)
        case .light: return lightColour(for: role)
        }
    }

    /// Readable on light and dark terminals alike: blue is kept off text because it is
    /// unreadable on dark backgrounds.
    private static func standardColour(for role: Style.Role) -> Int32 {
        switch role {
        case .normal, .dim, .prompt, .border, .cursorSentence: return -1
        case .heading1, .requirementMarker, .outlineCurrent, .helpTitle, .bookmarkMarker: return COLOR_YELLOW
        case .heading2, .outlineSelected, .statusFocus: return COLOR_CYAN
        case .heading3, .helpKey, .noteMarker, .message, .currentMatch: return COLOR_GREEN
        case .heading4, .gapMarker: return COLOR_MAGENTA
        case .searchMatch: return COLOR_YELLOW
        case .status, .selection: return COLOR_BLUE
        case .error, .findingMarker: return COLOR_RED
        }
    }

    /// A dark background: bright structure colours; the status bar is light (reversed white),
    /// since reversed blue leaves black text on dark blue.
    private static func darkColour(for role: Style.Role) -> Int32 {
        switch role {
        case .normal, .dim, .prompt, .border, .cursorSentence: return -1
        case .heading1, .requirementMarker, .outlineCurrent, .helpTitle, .bookmarkMarker: return COLOR_YELLOW
        case .heading2, .outlineSelected, .statusFocus: return COLOR_CYAN
        case .heading3, .helpKey, .noteMarker, .message, .currentMatch: return COLOR_GREEN
        case .heading4, .gapMarker: return COLOR_MAGENTA
        case .searchMatch: return COLOR_YELLOW
        case .status: return COLOR_WHITE
        case .selection: return COLOR_MAGENTA
        case .error, .findingMarker: return COLOR_RED
        }
    }

    /// A light background: yellow and cyan text fade into white, so structure is blue and
    /// magenta; bars are reversed dark colours (white text on blue), readable on white.
    private static func lightColour(for role: Style.Role) -> Int32 {
        switch role {
        case .normal, .dim, .prompt, .border, .cursorSentence: return -1
        case .heading1, .outlineCurrent, .helpTitle, .outlineSelected, .statusFocus: return COLOR_BLUE
        case .heading2, .requirementMarker, .bookmarkMarker, .heading4, .gapMarker, .searchMatch: return COLOR_MAGENTA
        case .heading3, .helpKey, .noteMarker, .message, .currentMatch: return COLOR_GREEN
        case .status, .selection: return COLOR_BLUE
        case .error, .findingMarker: return COLOR_RED
        }
    }

    /// Roles drawn dimmed in both modes.
    static func isDim(_ role: Style.Role) -> Bool {
        role == .dim || role == .gapMarker || role == .border
    }
}
