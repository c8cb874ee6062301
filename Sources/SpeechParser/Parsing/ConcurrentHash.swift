import Foundation

/// A `TextHash` computed on another thread while the caller does something else.
final class ConcurrentHash: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once by the worker before `group.leave()`, read only after `group.wait()`.
    private var result: TextHash?
    private let text: String

    /// Starts hashing `text`: on a global queue when `concurrently`, else on the first `value()`.
    init(_ text: String, concurrently: Bool) {
        self.text = text
        guard concurrently else { return }
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = TextHash(text: text)
            group.leave()
        }
    }

    /// The hash, waiting for the worker if it is still running.
    func value() -> TextHash {
        group.wait()
        if let result { return result }
        let computed = TextHash(text: text)
        result = computed
        return computed
    }
}
