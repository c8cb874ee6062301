/// Where the reader was before each jump, and where it went back from: like a browser's history,
/// a new jump clears the forward list.
public struct JumpHistory: Hashable, Sendable {
    /// One remembered place: the reading position (viewport anchor) and the cursor sentence.
    public struct Entry: Hashable, Sendable {
        /// The viewport's anchor offset (UTF-8).
        public var anchor: Int
        /// The cursor sentence index.
        public var cursor: Int

        /// An entry for `anchor` and `cursor`.
        public init(anchor: Int, cursor: Int) {
            self.anchor = anchor
            self.cursor = cursor
        }
    }

    /// Entries kept per direction; the oldest are dropped first.
    public static let limit = 100

    /// Older places, the most recent last.
    public var back: [Entry] = []
    /// Places gone back from, the most recent last.
    public var forward: [Entry] = []

    /// An empty history.
    public init() {}

    /// Remembers `entry` as the place a new jump leaves, forgetting the forward list.
    mutating func record(_ entry: Entry) {
        if back.last != entry {
            back.append(entry)
        }
        if back.count > Self.limit {
            back.removeFirst(back.count - Self.limit)
        }
        forward.removeAll()
    }
}
