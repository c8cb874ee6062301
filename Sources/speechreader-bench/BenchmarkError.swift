/// A failure of the harness itself (never a slow figure): the bench exits non-zero with it.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// An error naming a failed C call and `errno`.
    static func system(_ call: String, _ code: Int32) -> BenchmarkError {
        BenchmarkError("\(call) failed: \(String(cString: strerror(code)))")
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
