import Foundation

#if canImport(CMalloc) && os(Linux)
    import CMalloc
#endif

/// One kind of work that runs on a thread of its own while the reader takes keys; the run loop
/// collects the result at its wake-ups. A job started while another runs supersedes it: the
/// older result is dropped when it arrives.
final class BackgroundJob<Result: Sendable>: @unchecked Sendable {
    /// Guards `latest`, `result` and `running` (the only state shared with the work's threads).
    private let lock = NSLock()
    /// The number of the last job started.
    private var latest = -1
    /// The finished result of the latest job and its number, until collected.
    private var result: (value: Result, number: Int)?
    /// Jobs under way.
    private var running = 0

    /// Starts `work` as job `number` (numbers only grow).
    func start(_ number: Int, _ work: @escaping @Sendable () -> Result) {
        lock.withLock {
            latest = number
            result = nil
            running += 1
        }
        let thread = Thread { [self] in
            // Below the input thread: on two cores the check and the index would otherwise take
            // turns with it, and keys typed meanwhile would wait. (On Linux a thread has its own
            // nice value: `who` 0 is the calling thread.)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
            let value = work()
            Self.returnFreedMemory()
            lock.withLock {
                running -= 1
                if number == latest { result = (value, number) }
            }
        }
        // The check and the index recurse little, but a deep outline should never overflow.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Gives back to the system the pages the work freed. glibc keeps what a thread frees in
    /// that thread's arena, where nothing else uses it: on a 50 MB text the check's and the
    /// index's working arrays kept about 7 MB resident once they were done.
    private static func returnFreedMemory() {
        #if canImport(CMalloc) && os(Linux)
            _ = malloc_trim(0)
        #endif
    }

    /// The latest job's result and number, once it is done (each result is returned once).
    func poll() -> (value: Result, number: Int)? {
        lock.withLock {
            defer { result = nil }
            return result
        }
    }

    /// Whether the latest job is still under way.
    var isBusy: Bool {
        lock.withLock { running > 0 && result == nil }
    }
}
