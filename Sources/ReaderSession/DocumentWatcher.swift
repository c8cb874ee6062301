import SpeechParser

/// Follows the open document's file on disk for the run loop. The run loop asks at every
/// wake-up (it wakes at least every `ReaderRunLoop.pollMilliseconds` waiting for keys), so a
/// watcher never blocks and never needs a thread of its own; it settles bursts of writes (editors
/// save in several steps) before it reads the file again.
///
/// The executable's watcher uses inotify on Linux; tests use a scripted one.
public protocol DocumentWatcher: AnyObject {
    /// What happened to the file since the last call, once the writes have settled; nil when
    /// there is nothing (yet) to report. Never blocks.
    func poll() -> DocumentWatchEvent?
    /// How soon to ask again, in milliseconds, while a burst of writes is settling; nil when
    /// nothing is pending (the run loop then waits its usual time for keys).
    var pendingMilliseconds: Int? { get }
}

/// What a watcher saw happen to the document's file.
public enum DocumentWatchEvent: Sendable {
    /// The file holds a new text (already decoded and parsed).
    case changed(Document)
    /// The file is gone (deleted, or renamed away and not replaced).
    case missing
    /// The file is there but cannot be read or decoded: why, in one line.
    case unreadable(String)
}
