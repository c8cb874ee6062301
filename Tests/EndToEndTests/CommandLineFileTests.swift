import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A document with terminal control characters in its headings, body and a search hit:
/// ESC sequences (colour, clear screen, window title), BEL and a right-to-left override.
private let hostileText = """
    一、标题\u{1B}[31m红色\u{07}\u{202E}反向
    （一）子标题\u{1B}]0;窗口标题\u{07}结束
    正文\u{1B}[2J清屏\u{202E}覆盖。一是要甲\u{1B}[0m。二是要乙\u{9B}31m。
    \(String(repeating: "这是一段普通的正文，用来让文件看起来像文本。", count: 8))
    """

@Suite("Command line: files and hostile input")
struct CommandLineFileTests {
    @Test("a missing file: exit 66, one line naming the file")
    func missingFile() throws {
        let scratch = try CommandLineScratch()
        let path = scratch.url.appendingPathComponent("nope.txt").path
        for arguments in [["outline", path], ["show", "1", path], ["search", "甲", path]] {
            let result = try CommandLineBinary.run(arguments)
            #expect(result.status == 66, "\(arguments[0])")
            #expect(result.errorContractViolation == nil, "\(result.errorContractViolation ?? "")")
            #expect(result.err.contains("nope.txt"))
        }
    }

    @Test("a directory is refused with one error line")
    func directory() throws {
        let scratch = try CommandLineScratch()
        let result = try CommandLineBinary.run(["outline", scratch.url.path])
        #expect(result.status == 66)
        #expect(result.errorContractViolation == nil, "\(result.errorContractViolation ?? "")")
    }

    @Test("a FIFO is refused at once, without waiting for a writer")
    func fifo() throws {
        let scratch = try CommandLineScratch()
        let path = scratch.url.appendingPathComponent("fifo").path
        try #require(mkfifo(path, 0o600) == 0, "mkfifo failed")
        let result = try CommandLineBinary.run(["outline", "--tsv", path], timeout: 10)
        #expect(!result.timedOut, "speechreader hung on a FIFO")
        #expect(result.status == 66)
        #expect(result.errorContractViolation == nil, "\(result.errorContractViolation ?? "")")
    }

    @Test("a device is refused with one error line", arguments: ["/dev/null", "/dev/zero"])
    func device(path: String) throws {
        let result = try CommandLineBinary.run(["outline", path], timeout: 10)
        #expect(!result.timedOut)
        #expect(result.errorContractViolation == nil, "\(result.errorContractViolation ?? "")")
    }

    @Test("a binary file: exit 65, one line naming the file")
    func binaryFile() throws {
        let scratch = try CommandLineScratch()
        var bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]
        bytes += (0..<4096).map { UInt8(($0 * 7) % 32) }
        let path = try scratch.file("program.bin", bytes)
        let result = try CommandLineBinary.run(["outline", "--tsv", path])
        #expect(result.status == 65)
        #expect(result.errorContractViolation == nil, "\(result.errorContractViolation ?? "")")
        #expect(result.err.contains("program.bin"))
    }

    @Test(
        "undecodable bytes: exit 65, one line, no mojibake on stdout",
        arguments: [
            [0x80, 0x80, 0x80], Array("一、标题\n".utf8) + [0xFF, 0xFE, 0x41], [0xFF, 0xFE, 0x41], [0xEF, 0xBB, 0xBF, 0xC3]
        ] as [[UInt8]])
    func undecodable(bytes: [UInt8]) throws {
        let scratch = try CommandLineScratch()
        let path = try scratch.file("bad.txt", bytes)
        let result = try CommandLineBinary.run(["outline", path])
        #expect(result.status == 65)
        #expect(result.errorContractViolation == nil, "\(result.errorContractViolation ?? "")")
    }

    static let hostileCommands: [[String]] = [
        ["outline"], ["outline", "--tsv"], ["show", "1"], ["show", "1.1"], ["show", "1", "--width", "20"],
        ["search", "红色"], ["search", "红色", "--tsv"], ["search", "红色", "--json"], ["search", "清屏", "--tsv"],
        ["search", "窗口", "--json"], ["read"]
    ]

    @Test("control characters from a document never reach stdout raw", arguments: hostileCommands)
    func controlsNeverRaw(arguments: [String]) throws {
        let scratch = try CommandLineScratch()
        let path = try scratch.file("hostile.txt", text: hostileText)
        let result = try CommandLineBinary.succeed(arguments + [path])
        #expect(!result.stdout.isEmpty)
        #expect(commandLineRawControls(in: result.stdout) == [], "\(arguments)")
    }

    @Test("outline --json keeps controls escaped too")
    func jsonOutlineControls() throws {
        let scratch = try CommandLineScratch()
        let path = try scratch.file("hostile.txt", text: hostileText)
        let result = try CommandLineBinary.succeed(["outline", "--json", path])
        #expect(try JSONSerialization.jsonObject(with: Data(result.stdout)) is [String: Any])
        let raw = commandLineRawControls(in: result.stdout)
        #expect(!raw.contains("ESC") && !raw.contains("BEL"), "JSON escapes C0 controls")
        #expect(raw == [])
    }

    @Test("a file name with control characters is not echoed raw in the error line")
    func hostileFileName() throws {
        let scratch = try CommandLineScratch()
        let path = scratch.url.appendingPathComponent("evil\u{1B}[2Jname.txt").path
        let result = try CommandLineBinary.run(["outline", path])
        #expect(result.status == 66)
        #expect(commandLineRawControls(in: result.stderr) == [])
    }
}

/// Names of the raw terminal controls found in output bytes: C0 (except newline and tab),
/// DEL, C1 (U+0080…U+009F) and bidi overrides/isolates.
func commandLineRawControls(in bytes: [UInt8]) -> [String] {
    var found: Set<String> = []
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
        let value = scalar.value
        switch value {
        case 0x0A, 0x09: continue
        case 0x1B: found.insert("ESC")
        case 0x07: found.insert("BEL")
        case 0x00..<0x20, 0x7F: found.insert(String(format: "U+%04X", value))
        case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            found.insert(String(format: "U+%04X", value))
        default: continue
        }
    }
    return found.sorted()
}
