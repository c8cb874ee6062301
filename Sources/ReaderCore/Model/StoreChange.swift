/// What a write to the store did, as the shell reports it back with the new list: the reducer
/// words the acknowledgement from it (a write is acknowledged only after it committed).
public enum StoreChange: Hashable, Sendable {
    /// An item was added, in the node at `path`.
    case added(path: String)
    /// An item's text was replaced.
    case edited
    /// An item was deleted.
    case removed
    /// A bookmark was already at the place, in the node at `path`; its label was replaced
    /// when `relabelled`.
    case existing(path: String, relabelled: Bool)
    /// A deleted item was added again (`u`).
    case restored
    /// A note was anchored again, in the node at `path`.
    case reattached(path: String)
    /// Nothing was written (e.g. an edit that left the text as it was); the list is re-read.
    case reloaded
}
