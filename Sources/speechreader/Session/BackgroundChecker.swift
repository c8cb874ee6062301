import ReaderSession
import SpeechParser

/// Runs the structural check on a thread of its own, so the reader takes keys while a big
/// document is checked (about 9 s for 50 MB of text with many findings).
final class BackgroundChecker: DocumentChecker {
    private let job = BackgroundJob<[Finding]>()
    /// The rules left out.
    private let disabled: Set<CheckRule>

    init(disabled: Set<CheckRule> = []) {
        self.disabled = disabled
    }

    func start(_ document: Document, revision: Int) {
        let disabled = disabled
        job.start(revision) { StructureCheck.run(document, disabled: disabled) }
    }

    func poll() -> (findings: [Finding], revision: Int)? {
        job.poll().map { (findings: $0.value, revision: $0.number) }
    }

    var isBusy: Bool { job.isBusy }
}
