import Annotations
import Foundation
import SpeechParser
import TestSupport
import Testing

@testable import ReaderStore

extension TemporaryDirectory {
    /// A store location inside this directory (not created yet).
    var store: StoreLocation { StoreLocation(directory: url.appendingPathComponent("store")) }
}

/// A clock that advances one second per reading, so created/updated times are predictable.
final class SteppingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var now: Int64

    init(start: Int64 = 1_700_000_000_000) {
        now = start
    }

    func read() -> Int64 {
        lock.lock()
        defer { lock.unlock() }
        now += 1_000
        return now
    }
}

/// The mode bits of a file.
func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return try #require(attributes[.posixPermissions] as? Int)
}
