import Foundation
import TestSupport
import Testing

@testable import ReaderStore

#if canImport(Glibc)
    import Glibc
#endif

/// Writers killed with SIGKILL at random moments — while starting, creating or migrating the
/// store, inside a write, right after a commit — never damage the store nor lose a note whose id
/// they printed (the command line prints the id only after the commit).
@Suite("Crash safety", .serialized)
struct StoreCrashTests {
    @Test func killedWritersLoseNoAcknowledgedNote() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let store = temporary.store
        var acknowledged: [Int64: String] = [:]
        var killed = 0
        // How long three writers at once take here, unkilled: the kills are spread over that.
        let started = ContinuousClock.now
        let calibration = try (0..<3).map { try KilledWriter(text: "calibration \($0)", store: store.directory.path) }
        for writer in calibration {
            let result = try writer.process.wait()
            #expect(result.status == 0, "\(result.errors)")
            if result.output.hasSuffix("\n"), let id = Int64(result.output.dropLast()) {
                acknowledged[id] = writer.text
            }
        }
        let lifetime = ContinuousClock.now - started
        let microseconds =
            Int(lifetime.components.seconds) * 1_000_000 + Int(lifetime.components.attoseconds / 1_000_000_000_000)
        var finishedAmongKilled = 0
        for round in 0..<40 {
            let writers = try (0..<3).map { writer in
                try KilledWriter(
                    text: "round \(round) writer \(writer)", store: store.directory.path)
            }
            // Spread the kills over the writers' whole life and a little past it.
            usleep(UInt32(clamping: Int.random(in: 0...microseconds * 3 / 2)))
            // A writer that already exited is a zombie until waited for: the signal does nothing.
            for writer in writers { writer.process.kill(SIGKILL) }
            for writer in writers {
                let result = try writer.process.wait()
                if result.status == 128 + SIGKILL { killed += 1 }
                if result.output.hasSuffix("\n"), let id = Int64(result.output.dropLast()) {
                    acknowledged[id] = writer.text
                    finishedAmongKilled += 1
                }
            }
        }
        #expect(killed >= 10, "only \(killed) writers were killed: the test did not exercise crashes")
        #expect(finishedAmongKilled > 0, "no writer finished: the test did not exercise acknowledgements")
        let database = try ReaderDatabase.open(location: store)
        #expect(try database.integrityCheck() == ["ok"])
        for (id, text) in acknowledged {
            #expect(try database.note(id: id).text == text, "acknowledged note \(id) is missing")
        }
    }

    /// Several processes that find no store make it at the same moment: each migration is tried
    /// by more than one, and the losers start over from what the winner applied.
    @Test func writersMakingOneNewStoreAtOnceAllSucceed() throws {
        for round in 0..<4 {
            let temporary = try TemporaryDirectory()
            defer { temporary.remove() }
            let writers = try (0..<6).map {
                try KilledWriter(text: "round \(round) writer \($0)", store: temporary.store.directory.path)
            }
            for writer in writers {
                let result = try writer.process.wait()
                #expect(result.status == 0, "\(result.errors)")
            }
            let database = try ReaderDatabase.open(location: temporary.store)
            #expect(try database.integrityCheck() == ["ok"])
        }
    }
}

/// One `speechreader notes add` process; its output is collected when it is waited for.
private struct KilledWriter {
    let process: ChildProcess.Running
    let text: String

    init(text: String, store: String) throws {
        self.text = text
        process = try ChildProcess.start(
            try SpeechreaderBinary.path(), ["notes", "add", "1", "--text", text, "--store", store],
            environment: ProcessInfo.processInfo.environment)
    }
}
