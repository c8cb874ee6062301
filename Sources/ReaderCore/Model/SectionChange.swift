import SpeechParser

/// One outline entry that differs from the text as it was when the reader opened it (the `D`
/// list): edited or added (a node of the current text), or removed (a node of the original).
public struct SectionChange: Hashable, Sendable {
    /// How the entry differs.
    public enum Kind: Hashable, Sendable {
        /// The entry is at the same path with other text.
        case edited
        /// The entry is new.
        case added
        /// The entry is gone from the text.
        case removed
    }

    /// How the entry differs.
    public var kind: Kind
    /// The node in the current text (edited, added), else nil.
    public var node: Int?
    /// The node as it was in the original text (edited, removed), else nil.
    public var original: Node?
}
