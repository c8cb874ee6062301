import ReaderCore
import ReaderSession
import SpeechParser

/// An indexer that is busy for a set number of polls after each start, as a thread would be,
/// and records what it was asked to index (and how many frames were on screen by then).
final class FakeIndexer: DocumentIndexer {
    /// Polls that find the index not ready yet, after each start.
    let busyPolls: Int
    /// The texts started, in order.
    private(set) var started: [String] = []
    /// Frames the terminal had shown when each start came.
    private(set) var framesAtStart: [Int] = []
    private let terminal: FakeTerminal
    private var pending: (index: NavigationIndex, polls: Int)?

    init(busyPolls: Int, terminal: FakeTerminal) {
        self.busyPolls = busyPolls
        self.terminal = terminal
    }

    func start(_ document: Document) {
        started.append(document.text)
        framesAtStart.append(terminal.frames.count)
        // No pinyin readings: ICU is not what these tests are about.
        pending = (NavigationIndex(document: document, readings: PinyinReadings(characters: [])), busyPolls)
    }

    func poll() -> NavigationIndex? {
        guard let waiting = pending else { return nil }
        guard waiting.polls == 0 else {
            pending = (waiting.index, waiting.polls - 1)
            return nil
        }
        pending = nil
        return waiting.index
    }

    var isBusy: Bool { pending.map { $0.polls > 0 } ?? false }
}
