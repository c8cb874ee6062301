/// A point in time as stored: whole milliseconds since 1970-01-01 00:00:00 UTC.
///
/// ReaderCore never reads the clock; the store stamps notes and bookmarks when it writes them.
public struct Timestamp: Hashable, Comparable, Sendable, Codable {
    /// Milliseconds since the Unix epoch, UTC.
    public var millisecondsSince1970: Int64

    /// A timestamp from milliseconds since the Unix epoch.
    public init(millisecondsSince1970: Int64) {
        self.millisecondsSince1970 = millisecondsSince1970
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.millisecondsSince1970 < rhs.millisecondsSince1970
    }
}
