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

    /// A mapper for a terminal that does (`usesColour`) or does not use colour.
    init(usesColour: Bool) {
        self.usesColour = usesColour
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
    static func installColourPairs(defaultBackground: Bool) -> Bool {
        guard Int(cn_color_pairs()) > Style.Role.allCases.count else { return false }
        for role in Style.Role.allCases {
            let pair = pairNumber(for: role)
            guard pair != 0 else { continue }
            let foreground = Int16(foregroundColour(for: role))
            let background: Int16 = defaultBackground ? -1 : Int16(COLOR_BLACK)
            let resolved: Int16 = foreground < 0 && !defaultBackground ? Int16(COLOR_WHITE) : foreground
            guard init_pair(pair, resolved, background) != ERR else { return false }
        }
        return true
    }

    /// Pair numbers follow `Role.allCases`; `.normal` uses pair 0 (the default colours).
    static func pairNumber(for role: Style.Role) -> Int16 {
        guard role != .normal else { return 0 }
        return pairNumbers[role] ?? 0
    }

    /// Each role's index in `Role.allCases`, computed once (not by a search per cell drawn).
    private static let pairNumbers: [Style.Role: Int16] = Dictionary(
        uniqueKeysWithValues: Style.Role.allCases.enumerated().map { ($0.element, Int16($0.offset)) })

    /// Foreground colour per role (-1: the terminal's default). Reverse-video roles use their
    /// colour as the bar's background, so they are chosen to stay readable on light and dark
    /// terminals; blue is kept off text because it is unreadable on dark backgrounds.
    static func foregroundColour(for role: Style.Role) -> Int32 {
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

    /// Roles drawn dimmed in both modes.
    static func isDim(_ role: Style.Role) -> Bool {
        role == .dim || role == .gapMarker || role == .border
    }
}
