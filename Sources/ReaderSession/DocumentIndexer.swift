import ReaderCore
import SpeechParser

/// Builds the navigation index (pinyin readings, the title finder, sizes) for the run loop. The
/// run loop starts it after the first frame and after each reload, and collects the index at its
/// wake-ups, so an indexer may work on another thread: the executable's does, so no key waits
/// for it (on 50 MB it takes most of a second).
public protocol DocumentIndexer: AnyObject {
    /// Starts indexing `document`; an index of an earlier start not yet collected is dropped.
    func start(_ document: Document)
    /// The index of the last document started, once it is built (each index is returned once).
    func poll() -> NavigationIndex?
    /// Whether an index is being built (the run loop then wakes more often to apply it soon).
    var isBusy: Bool { get }
}
