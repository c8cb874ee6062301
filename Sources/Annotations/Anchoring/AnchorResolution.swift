/// Where an anchor landed in the current text, as `Reanchorer` found it.
public struct AnchorResolution: Hashable, Sendable {
    /// Exact, moved, fuzzy or orphaned.
    public var state: AnchorState
    /// The passage in the current text (UTF-8 offsets); nil when orphaned.
    public var range: Range<Int>?

    /// A resolution from its parts.
    public init(state: AnchorState, range: Range<Int>?) {
        self.state = state
        self.range = state == .orphaned ? nil : range
    }

    /// The anchor could not be placed.
    public static let orphaned = AnchorResolution(state: .orphaned, range: nil)
}
