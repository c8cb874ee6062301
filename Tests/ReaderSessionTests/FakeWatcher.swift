import ReaderSession

/// A watcher that reports a script of events, one per poll (nil: nothing happened), and counts
/// how often it was asked.
final class FakeWatcher: DocumentWatcher {
    /// What the next polls report, in order; once empty, nothing.
    var script: [DocumentWatchEvent?]
    /// What `pendingMilliseconds` says.
    var pending: Int?
    /// How many times the run loop polled.
    private(set) var polls = 0

    init(_ script: [DocumentWatchEvent?], pending: Int? = nil) {
        self.script = script
        self.pending = pending
    }

    func poll() -> DocumentWatchEvent? {
        polls += 1
        return script.isEmpty ? nil : script.removeFirst()
    }

    var pendingMilliseconds: Int? { pending }
}
