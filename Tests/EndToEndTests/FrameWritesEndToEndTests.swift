import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A frame reaches the terminal whole: in one write (two when it is larger than ncurses' output
/// buffer), never a write per row, which a terminal may show half-done and which wakes it once
/// per row. Counted by the kernel: `syscw` in `/proc/PID/io` is the number of write system calls
/// the reader has made.
@Suite(
    "Frames leave in one write",
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
    .enabled(if: FileManager.default.isReadableFile(atPath: "/proc/self/io"), "no per-process I/O counts (/proc)"))
struct FrameWritesEndToEndTests {
    /// The write system calls `pid` has made so far.
    static func writeCalls(_ pid: Int32) throws -> Int {
        let io = try String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8)
        for line in io.split(separator: "\n") where line.hasPrefix("syscw:") {
            if let count = Int(line.dropFirst("syscw:".count).trimmingCharacters(in: .whitespaces)) { return count }
        }
        throw TmuxSession.Failure(description: "no syscw in /proc/\(pid)/io:\n\(io)")
    }

    /// The count once the reader is idle: unchanged over 15 polls 20 ms apart (the background
    /// check, the index and the store's writes done), within a deadline.
    static func settledWriteCalls(_ pid: Int32, timeout: Duration = .seconds(20)) throws -> Int {
        let deadline = ContinuousClock.now + timeout
        var last = try writeCalls(pid)
        var unchanged = 0
        while unchanged < 15 {
            guard ContinuousClock.now < deadline else {
                throw TmuxSession.Failure(
                    description: "the reader never went idle (write calls still growing: \(last))")
            }
            usleep(20_000)
            let now = try writeCalls(pid)
            unchanged = now == last ? unchanged + 1 : 0
            last = now
        }
        return last
    }

    @Test("opening and closing the help, each a frame of every row, reach the terminal in at most a few writes")
    func framesAreWrittenWhole() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("frames-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: store) }
        let session = try TmuxSession.speechreader(
            [], width: 100, height: 30, environment: ["SPEECHREADER_STORE": store, "HOME": store])
        defer { session.kill() }
        try session.waitFor("今天,我们召开")
        let pid = try session.pid()
        // Keys that change every row but not the reading position, so the store writes nothing.
        var before = try Self.settledWriteCalls(pid)
        let resting = try session.capture()
        let steps: [(key: String, done: (String) -> Bool)] = [
            ("?", { $0.contains("This help") }),
            ("Escape", { $0 == resting })
        ]
        for (key, done) in steps {
            try session.sendKeys(key)
            try session.waitFor("the screen after \(key)", until: done)
            let after = try Self.settledWriteCalls(pid)
            // One write, two past ncurses' buffer; a write per row would be about 30.
            #expect(after - before <= 3, "\(key): \(after - before) write calls for one frame")
            before = after
        }
    }
}
