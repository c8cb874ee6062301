import Foundation
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
        for round in 0..<40 {
            let writers = try (0..<3).map { writer in
                try KilledWriter(
                    text: "round \(round) writer \(writer)", store: store.directory.path, scratch: temporary.url.path)
            }
            // Spread the kills over a writer's whole life (a debug build takes tens of ms).
            usleep(UInt32.random(in: 0...120_000))
            for writer in writers where writer.process.isRunning {
                kill(writer.process.processIdentifier, SIGKILL)
                killed += 1
            }
            for writer in writers {
                writer.process.waitUntilExit()
                if let id = writer.printedID() { acknowledged[id] = writer.text }
            }
        }
        #expect(killed >= 10, "only \(killed) writers were killed: the test did not exercise crashes")
        #expect(!acknowledged.isEmpty, "no writer finished: the test did not exercise acknowledgements")
        let database = try ReaderDatabase.open(location: store)
        #expect(try database.integrityCheck() == ["ok"])
        for (id, text) in acknowledged {
            #expect(try database.note(id: id).text == text, "acknowledged note \(id) is missing")
        }
    }
}

/// One `speechreader notes add` process whose stdout goes to a file.
private struct KilledWriter {
    let process = Process()
    let text: String
    let output: String

    init(text: String, store: String, scratch: String) throws {
        self.text = text
        output = scratch + "/out-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: output, contents: nil)
        process.executableURL = URL(fileURLWithPath: try Self.binary())
        process.arguments = ["notes", "add", "1", "--text", text, "--store", store]
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// The id the writer printed, if it printed a whole line.
    func printedID() -> Int64? {
        guard let printed = try? String(contentsOfFile: output, encoding: .utf8), printed.hasSuffix("\n") else {
            return nil
        }
        return Int64(printed.dropLast())
    }

    /// `$SPEECHREADER_BIN`, else `speechreader` beside the test bundle.
    static func binary() throws -> String {
        if let override = ProcessInfo.processInfo.environment["SPEECHREADER_BIN"], !override.isEmpty {
            return override
        }
        let beside = [URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(), Bundle.main.executableURL]
            .compactMap { $0?.deletingLastPathComponent().appendingPathComponent("speechreader").path }
        return try #require(
            beside.first { FileManager.default.isExecutableFile(atPath: $0) },
            "no speechreader binary beside the test bundle; set SPEECHREADER_BIN")
    }
}
