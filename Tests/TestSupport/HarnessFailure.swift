/// A failure of the test harness itself (a process that cannot be started, a timeout, a missing
/// binary), as opposed to a failed expectation. Its description says what went wrong, including
/// the last screen or output for timeouts.
public struct HarnessFailure: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public let description: String

    /// A failure described by `description`.
    public init(description: String) {
        self.description = description
    }
}
