import Foundation
import TestSupport
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

/// Runs the built binary (found by `SpeechreaderBinary`) the way the command-line tests need.
enum CommandLineBinary {
    /// The binary, or nil when it cannot be found.
    static var location: URL? { SpeechreaderBinary.location }

    /// Runs the binary with `arguments`, stdin from /dev/null, in a fresh data, config and cache home,
    /// killing it after `timeout` seconds.
    static func run(_ arguments: [String], timeout: TimeInterval = 30) throws -> CommandLineRun {
        let binary = try SpeechreaderBinary.path()
        let scratch = try CommandLineScratch()
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = scratch.url.appendingPathComponent("data").path
        environment["XDG_CONFIG_HOME"] = scratch.url.appendingPathComponent("config").path
        environment["XDG_CACHE_HOME"] = scratch.url.appendingPathComponent("cache").path
        environment["LANG"] = "C.UTF-8"
        environment["TERM"] = "dumb"
        let result = try ChildProcess.run(
            binary, arguments, environment: environment, timeout: .milliseconds(Int(timeout * 1000)))
        return CommandLineRun(
            status: result.status, stdout: result.outputBytes, stderr: result.errorBytes, timedOut: result.timedOut)
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

@Suite("Command line: the harness")
struct CommandLineHarnessTests {
    @Test("the binary is found and --help exits 0 listing the subcommands")
    func helpWorks() throws {
        let binary = try #require(SpeechreaderBinary.location)
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
