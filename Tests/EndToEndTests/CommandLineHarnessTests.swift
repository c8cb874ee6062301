import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What one run of the `speechreader` binary produced.
struct CommandLineRun: Sendable {
    var status: Int32
    var stdout: [UInt8]
    var stderr: [UInt8]
    var timedOut: Bool

    var out: String { String(decoding: stdout, as: UTF8.self) }
    var err: String { String(decoding: stderr, as: UTF8.self) }
    /// stdout split into lines (the trailing newline does not make an empty last line).
    var lines: [String] {
        var parts = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    /// The error contract: non-zero exit, nothing on stdout, exactly one line on stderr that
    /// starts with `speechreader: `. Returns what is wrong, or nil.
    var errorContractViolation: String? {
        if timedOut { return "timed out" }
        if status == 0 { return "exit status 0" }
        if !stdout.isEmpty { return "stdout not empty: \(out.prefix(200).debugDescription)" }
        if !err.hasPrefix("speechreader: ") {
            return "stderr does not start with `speechreader: `: \(err.debugDescription)"
        }
        if !err.hasSuffix("\n") || err.dropLast().contains("\n") {
            return "stderr is not one line: \(err.debugDescription)"
        }
        return nil
    }
}

/// Finds and runs the built binary: `$SPEECHREADER_BIN`, else `speechreader` next to the running
/// test bundle (e.g. `.build/debug/`), looking a few directories up for macOS-style bundles.
enum CommandLineBinary {
    static let location: URL? = locate()

    static func locate() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["SPEECHREADER_BIN"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        var starts: [URL] = []
        if let executable = Bundle.main.executableURL { starts.append(executable) }
        starts.append(Bundle.main.bundleURL)
        if let first = ProcessInfo.processInfo.arguments.first { starts.append(URL(fileURLWithPath: first)) }
        starts += Bundle.allBundles.map(\.bundleURL)
        for start in starts {
            var directory = start.resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = directory.appendingPathComponent("speechreader")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                    !isDirectory.boolValue,
                    FileManager.default.isExecutableFile(atPath: candidate.path)
                {
                    return candidate
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        return nil
    }

    /// Runs the binary with `arguments`, stdin from /dev/null, stdout and stderr to files (so a
    /// large output cannot block on a full pipe), killing it after `timeout` seconds.
    static func run(_ arguments: [String], timeout: TimeInterval = 30) throws -> CommandLineRun {
        let binary = try #require(location, "speechreader binary not found; set SPEECHREADER_BIN")
        let scratch = try CommandLineScratch()
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = scratch.url.appendingPathComponent("data").path
        environment["XDG_CONFIG_HOME"] = scratch.url.appendingPathComponent("config").path
        environment["LANG"] = "C.UTF-8"
        environment["TERM"] = "dumb"
        process.environment = environment
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(5_000) }
        let timedOut = process.isRunning
        if timedOut {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try outHandle.close()
        try errHandle.close()
        return CommandLineRun(
            status: process.terminationStatus, stdout: [UInt8](try Data(contentsOf: outURL)),
            stderr: [UInt8](try Data(contentsOf: errURL)), timedOut: timedOut)
    }

    /// Runs and requires success (exit 0, empty stderr).
    static func succeed(_ arguments: [String]) throws -> CommandLineRun {
        let result = try run(arguments)
        #expect(result.status == 0 && !result.timedOut, "\(arguments): exit \(result.status) \(result.err)")
        #expect(result.stderr.isEmpty, "\(arguments): stderr \(result.err)")
        return result
    }
}

/// A directory under the system temporary directory, removed when the value is released.
final class CommandLineScratch: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("speechreader-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to a file named `name` in the directory and returns its path.
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    func file(_ name: String, text: String) throws -> String { try file(name, Array(text.utf8)) }
}

/// Paths of the repository, the bundled speech and the shared corpus, found from this file.
enum CommandLineFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let bundledSpeech = root.appendingPathComponent("Resources/zhengjiguan-lianzheng-jingshi-speech.txt")
    static let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static func corpusDocuments() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
            .filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".outline.txt") }.sorted()
    }

    static func bundledSpeechBytes() throws -> [UInt8] { [UInt8](try Data(contentsOf: bundledSpeech)) }
}

@Suite("Command line: the harness")
struct CommandLineHarnessTests {
    @Test("the binary is found and --help exits 0 listing the subcommands")
    func helpWorks() throws {
        let binary = try #require(CommandLineBinary.location)
        #expect(FileManager.default.isExecutableFile(atPath: binary.path))
        let result = try CommandLineBinary.run(["--help"])
        #expect(result.status == 0)
        for subcommand in ["outline", "show", "search"] {
            #expect(result.out.contains(subcommand), "--help does not mention \(subcommand)")
        }
    }

    @Test("an unknown subcommand or option is one error line")
    func unknownArguments() throws {
        for arguments in [["outline", "--bogus"], ["outline", "--tsv", "--json"], ["show"], ["search"]] {
            let result = try CommandLineBinary.run(arguments)
            #expect(result.errorContractViolation == nil, "\(arguments): \(result.errorContractViolation ?? "")")
        }
    }
}
