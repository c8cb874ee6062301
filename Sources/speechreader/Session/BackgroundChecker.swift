import Foundation
import ReaderSession
import SpeechParser

/// Runs the structural check on a thread of its own, so the reader takes keys while a big
/// document is checked (about 9 s for 50 MB of text with many findings); the run loop collects
/// the result at its wake-ups. A check started while another runs supersedes it: the older
/// result is dropped when it arrives.
final class BackgroundChecker: DocumentChecker, @unchecked Sendable {
    /// Guards `latest`, `result` and `running` (the only state shared with the check's thread).
    private let lock = NSLock()
    /// The revision of the last check started.
    private var latest = -1
    /// The finished result of the latest check, until collected.
    private var result: (findings: [Finding], revision: Int)?
    /// Checks under way.
    private var running = 0
    /// The rules left out.
    private let disabled: Set<CheckRule>

    init(disabled: Set<CheckRule> = []) {
        self.disabled = disabled
    }

    func start(_ document: Document, revision: Int) {
        lock.withLock {
            latest = revision
            result = nil
            running += 1
        }
        let disabled = disabled
        let thread = Thread { [self] in
            let findings = StructureCheck.run(document, disabled: disabled)
            lock.withLock {
                running -= 1
                if revision == latest { result = (findings, revision) }
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    func poll() -> (findings: [Finding], revision: Int)? {
        lock.withLock {
            defer { result = nil }
            return result
        }
    }

    var isBusy: Bool {
        lock.withLock { running > 0 && result == nil }
    }
}
