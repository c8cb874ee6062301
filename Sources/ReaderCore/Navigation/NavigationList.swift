/// An open list overlay of the finding-your-way features: the requirements (`R`, the 要点 view)
/// or every match of the last search (`F`).
public struct NavigationList: Hashable, Sendable {
    /// Which list.
    public enum Kind: Hashable, Sendable {
        /// Every requirement grouped under its heading; with a scope, only inside that node.
        case requirements(scope: Int?)
        /// Every match of the last search, with its path and context.
        case matches
    }

    /// Which list.
    public var kind: Kind
    /// The selection and scroll.
    public var list: ListState

    /// A list of `kind` with `list` as its cursor.
    public init(kind: Kind, list: ListState = ListState()) {
        self.kind = kind
        self.list = list
    }
}
