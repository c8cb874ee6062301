/// How a cell should look, said semantically: a role that the terminal maps to colours, plus
/// explicit emphasis that must survive on a monochrome terminal (`NO_COLOR`).
///
/// The renderer picks a role ("this is a level-2 heading", "this is the current search match");
/// the terminal layer decides the colour. The `bold`, `underline` and `reverse` flags are applied
/// in colour and in monochrome alike, so focus and highlights never depend on colour alone.
/// `Style(_:)` gives each role its default emphasis; the full initialiser overrides it.
public struct Style: Hashable, Sendable {
    /// What a piece of screen text is, independent of how a terminal can show it.
    public enum Role: String, Hashable, Sendable, CaseIterable {
        /// Body text.
        case normal
        /// De-emphasised text: hints, inactive panes, counters.
        case dim
        /// A level-1 heading (一、).
        case heading1
        /// A level-2 heading (（一）).
        case heading2
        /// A level-3 heading (1.).
        case heading3
        /// A level-4 heading (（1）).
        case heading4
        /// The marker of an inline requirement (一是、二是…).
        case requirementMarker
        /// An elision such as `---此处隐藏8274字---`.
        case gapMarker
        /// The outline row under the outline cursor.
        case outlineSelected
        /// The outline row of the section being read.
        case outlineCurrent
        /// The sentence under the reading cursor.
        case cursorSentence
        /// Any search match.
        case searchMatch
        /// The search match the user is on.
        case currentMatch
        /// The status line.
        case status
        /// The part of the status line that names the focused pane or mode.
        case statusFocus
        /// The prompt line (`:` and `/` input).
        case prompt
        /// A title in the help overlay or a list overlay.
        case helpTitle
        /// A key name in the help overlay.
        case helpKey
        /// Pane separators and overlay frames.
        case border
        /// The mark of a sentence that carries a note.
        case noteMarker
        /// The mark of a bookmarked position.
        case bookmarkMarker
        /// The mark of a row or outline entry holding a finding of the structural check.
        case findingMarker
        /// A selected range of text (for annotation).
        case selection
        /// An informational message in the status or prompt line.
        case message
        /// An error message.
        case error
    }

    /// The semantic role; the terminal maps it to a colour pair.
    public var role: Role
    /// Bold (or bright) text.
    public var bold: Bool
    /// Underlined text.
    public var underline: Bool
    /// Reverse video: foreground and background swapped.
    public var reverse: Bool

    /// A style with the role's default emphasis (see `Role.defaultEmphasis`).
    public init(_ role: Role) {
        let emphasis = role.defaultEmphasis
        self.init(role: role, bold: emphasis.bold, underline: emphasis.underline, reverse: emphasis.reverse)
    }

    /// A style with exactly the given emphasis.
    public init(role: Role, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    /// Plain body text: the style of a blank cell.
    public static let plain = Style(role: .normal)

    /// This style with some emphasis flags replaced; `nil` keeps the current value.
    public func with(bold: Bool? = nil, underline: Bool? = nil, reverse: Bool? = nil) -> Style {
        Style(
            role: role,
            bold: bold ?? self.bold,
            underline: underline ?? self.underline,
            reverse: reverse ?? self.reverse
        )
    }

    /// True when no emphasis flag is set.
    public var hasNoEmphasis: Bool { !bold && !underline && !reverse }
}

extension Style.Role {
    /// The emphasis a role gets by default. It is chosen so that every role that marks focus or a
    /// highlight is distinguishable with bold/underline/reverse alone, i.e. without colour.
    public var defaultEmphasis: (bold: Bool, underline: Bool, reverse: Bool) {
        switch self {
        case .normal, .dim, .heading4, .gapMarker, .prompt, .border:
            return (false, false, false)
        case .heading1, .heading2, .heading3, .requirementMarker, .outlineCurrent, .helpKey,
            .noteMarker, .bookmarkMarker, .findingMarker, .message, .error:
            return (true, false, false)
        case .cursorSentence:
            return (false, true, false)
        case .helpTitle:
            return (true, true, false)
        case .outlineSelected, .searchMatch, .status, .selection:
            return (false, false, true)
        case .statusFocus:
            return (true, false, true)
        case .currentMatch:
            return (true, true, true)
        }
    }

    /// True for roles whose whole purpose is to stand out (focus, cursor, matches, selection):
    /// on a monochrome terminal they must carry at least one emphasis flag.
    public var isHighlight: Bool {
        switch self {
        case .outlineSelected, .outlineCurrent, .cursorSentence, .searchMatch, .currentMatch,
            .statusFocus, .selection, .status:
            return true
        default:
            return false
        }
    }
}
