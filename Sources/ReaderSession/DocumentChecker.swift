import SpeechParser

/// Runs the structural check for the run loop. The run loop starts a check after the first
/// frame (and after each reload) and collects the result at its wake-ups, so a checker may work
/// on another thread: the executable's does, so a big document's check never holds up the keys.
public protocol DocumentChecker: AnyObject {
    /// Starts checking `document`, the text of reload number `revision`; a result of an earlier
    /// start that has not been collected yet is dropped.
    func start(_ document: Document, revision: Int)
    /// The findings of the last check started, once it is done (each result is returned once).
    func poll() -> (findings: [Finding], revision: Int)?
    /// Whether a check is under way (the run loop then wakes more often to show it soon).
    var isBusy: Bool { get }
}

/// A checker that checks at once, on the caller's thread: for tests and small documents.
public final class ImmediateChecker: DocumentChecker {
    private let check: (Document) -> [Finding]
    private var result: (findings: [Finding], revision: Int)?

    /// A checker running `check` (by default every rule).
    public init(_ check: @escaping (Document) -> [Finding] = { StructureCheck.run($0) }) {
        self.check = check
    }

    public func start(_ document: Document, revision: Int) {
        result = (check(document), revision)
    }

    public func poll() -> (findings: [Finding], revision: Int)? {
        defer { result = nil }
        return result
    }

    public var isBusy: Bool { false }
}
