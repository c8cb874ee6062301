import Foundation

/// A fresh directory under the system's temporary directory, for one test. Call `remove()` when
/// done (usually in a `defer`).
public struct TemporaryDirectory: Sendable {
    /// The directory.
    public let url: URL

    /// Creates a new, empty directory named after `prefix` and a UUID.
    public init(prefix: String = "speechreader-tests") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The directory's path.
    public var path: String { url.path }

    /// Writes `bytes` to the file `name` in the directory and returns its path.
    @discardableResult
    public func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Writes `text` as UTF-8 to the file `name` in the directory and returns its path.
    @discardableResult
    public func file(_ name: String, text: String) throws -> String { try file(name, Array(text.utf8)) }

    /// Removes the directory and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
