import ReaderCore
import ReaderSession
import SpeechParser

/// Builds the navigation index on a thread of its own: on 50 MB it takes most of a second,
/// which keys typed right after the first frame would otherwise wait for.
final class BackgroundIndexer: DocumentIndexer {
    private let job = BackgroundJob<NavigationIndex>()
    /// Numbers the jobs, so an index of an older text is dropped.
    private var started = 0

    func start(_ document: Document) {
        started += 1
        job.start(started) { NavigationIndex(document: document) }
    }

    func poll() -> NavigationIndex? {
        job.poll()?.value
    }

    var isBusy: Bool { job.isBusy }
}
