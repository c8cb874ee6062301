import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The bad-input matrix (issue 6): every way a FILE, a path argument, a query or a note can be
/// wrong, with the exit code and the message the command line answers with. Errors follow the
/// contract: exit status non-zero, nothing on stdout (no partial output presented as complete),
/// one line on stderr starting `speechreader: `. Exit codes: 1 not found, 64 usage, 65 not a text,
/// 66 cannot open.
///
/// Decided behaviour for an **empty or whitespace-only file**: it is a valid document with no
/// outline and no text, not an error. `outline` prints nothing and exits 0 (`--json` prints an
/// empty `nodes` list), `show PATH` and `search` exit 1 like any path or phrase that is not there,
/// the piped reader prints the whitespace as it is (controls made visible), and the interactive
/// reader opens it, says so in the text pane ("This document is empty." / "此文档为空。"), and
/// quits normally.
///
/// Big inputs are generated in a temporary directory by the test itself.
@Suite("Bad-input matrix", .serialized)
struct BadInputMatrixTests {
    /// The inputs, each generated on demand.
    enum Input: String, Sendable {
        case bundled, missing, directory, empty, whitespace, binary, invalidUTF8, truncatedUTF16, unpairedUTF16
        case singleLine20MB, headings100k, nestedMarkers, sentences1M, sentenceLines1M, fifo, devZero
    }

    /// What stdout must be.
    enum Output: Sendable {
        /// Nothing (every error, and some empty results).
        case empty
        /// Exactly this text.
        case exactly(String)
        /// This many lines.
        case lines(Int)
        /// Text containing this.
        case containing(String)
    }

    /// One row: an input, a command (`FILE`, `NOTE` and `STORE` are replaced by paths), the exit
    /// status, and the stderr message (one line containing it) or the expected output.
    struct Row: Sendable, CustomTestStringConvertible {
        let name: String
        let input: Input
        let note: NoteFile?
        let command: [String]
        let status: Int32
        let message: String?
        let output: Output
        var testDescription: String { name }

        init(
            _ name: String, _ input: Input, note: NoteFile? = nil, _ command: [String], exit status: Int32,
            message: String? = nil, output: Output = .empty
        ) {
            self.name = name
            self.input = input
            self.note = note
            self.command = command
            self.status = status
            self.message = message
            self.output = output
        }
    }

    /// A note text file for `notes add --text-file`.
    enum NoteFile: Sendable {
        case megabyte, overLimit, devZero, fifo
    }

    static let notATextFile = "not a text file in UTF-8, UTF-16 (with BOM) or GB18030"

    static let rows: [Row] = [
        // Files that cannot be opened: 66.
        Row(
            "missing file", .missing, ["outline", "FILE"], exit: 66,
            message: "cannot open FILE: no such file or directory"),
        Row(
            "missing file, reader", .missing, ["FILE"], exit: 66, message: "cannot open FILE: no such file or directory"
        ),
        Row("directory", .directory, ["outline", "FILE"], exit: 66, message: "cannot open FILE: it is a directory"),
        Row("directory, show", .directory, ["show", "1", "FILE"], exit: 66, message: "it is a directory"),
        Row(
            "FIFO: refused, never waits for a writer", .fifo, ["outline", "FILE"], exit: 66,
            message: "cannot open FILE: not a regular file (a device, FIFO or socket)"),
        Row("FIFO, reader", .fifo, ["FILE"], exit: 66, message: "not a regular file (a device, FIFO or socket)"),
        Row(
            "/dev/zero: refused, never read forever", .devZero, ["search", "的", "FILE"], exit: 66,
            message: "cannot open /dev/zero: not a regular file (a device, FIFO or socket)"),
        Row(
            "/dev/zero, reader", .devZero, ["FILE"], exit: 66, message: "not a regular file (a device, FIFO or socket)"),
        // Empty and whitespace-only files: valid, empty documents.
        Row("empty file, outline", .empty, ["outline", "FILE"], exit: 0),
        Row("empty file, outline --tsv", .empty, ["outline", "--tsv", "FILE"], exit: 0),
        Row(
            "empty file, outline --json", .empty, ["outline", "--json", "FILE"], exit: 0,
            output: .containing("\"nodes\" : [")),
        Row("empty file, show", .empty, ["show", "1", "FILE"], exit: 1, message: "no node at path 1 in FILE"),
        Row(
            "empty file, show preamble", .empty, ["show", "preamble", "FILE"], exit: 1,
            message: "no node at path preamble"),
        Row("empty file, search", .empty, ["search", "的", "FILE"], exit: 1, message: "no match for “的”"),
        Row("empty file, piped reader", .empty, ["FILE"], exit: 0),
        Row("whitespace-only file, outline", .whitespace, ["outline", "--tsv", "FILE"], exit: 0),
        Row(
            "whitespace-only file, show", .whitespace, ["show", "preamble", "FILE"], exit: 1,
            message: "no node at path preamble"),
        Row("whitespace-only file, search", .whitespace, ["search", "的", "FILE"], exit: 1, message: "no match for “的”"),
        Row(
            "whitespace-only file, piped reader", .whitespace, ["FILE"], exit: 0, output: .exactly("  \n^I\n\u{3000}\n")
        ),
        // Files that are not text: 65.
        Row(
            "binary file", .binary, ["outline", "FILE"], exit: 65,
            message:
                "FILE: looks like a binary file, not a text: 4093 of the first 4104 characters are control characters"),
        Row("binary file, reader", .binary, ["FILE"], exit: 65, message: "looks like a binary file"),
        Row(
            "invalid UTF-8 that is not GB18030 either", .invalidUTF8, ["outline", "FILE"], exit: 65,
            message: "FILE: \(notATextFile): invalid byte sequence at byte 13"),
        Row(
            "truncated UTF-16", .truncatedUTF16, ["outline", "FILE"], exit: 65,
            message: "FILE: \(notATextFile): UTF-16 text with an odd number of bytes (truncated)"),
        Row(
            "UTF-16 cut inside a surrogate pair", .unpairedUTF16, ["search", "的", "FILE"], exit: 65,
            message: "\(notATextFile): UTF-16 text with an unpaired surrogate"),
        // Big and deep inputs: they work.
        Row(
            "20 MB single line, outline", .singleLine20MB, ["outline", "--tsv", "FILE"], exit: 0,
            output: .containing("preamble\tPREAMBLE\t\t政绩观政绩观")),
        Row(
            "20 MB single line, search", .singleLine20MB, ["search", "终点标记", "--tsv", "FILE"], exit: 0,
            output: .containing("preamble\t19999998\t")),
        Row("100,000 headings, outline", .headings100k, ["outline", "--tsv", "FILE"], exit: 0, output: .lines(100_000)),
        Row(
            "100,000 headings, show the last", .headings100k, ["show", "100000", "FILE"], exit: 0,
            output: .exactly("十、第99999节\n")),
        Row(
            "deeply nested markers, outline", .nestedMarkers, ["outline", "--tsv", "FILE"], exit: 0,
            output: .containing("2000.1.1.2.7\tR\t最后，\t庚")),
        Row(
            "deeply nested markers, show", .nestedMarkers, ["show", "2000.1.1.2", "FILE"], exit: 0,
            // Each requirement starts a line, as in the reader.
            output: .exactly("①五级\n一是要甲。\n二是要乙。\n第一，丙。\n第二，丁。\n首先，戊。\n其次，己。\n最后，庚。\n")),
        Row(
            "deeply nested markers on one line", .nestedMarkers, ["outline", "--tsv", "FILE"], exit: 0,
            output: .containing("4000.1.1.2.2\tR\t二是\t庚\n")),
        Row(
            "deeply nested markers, the last one", .nestedMarkers, ["show", "4000.1.1.2.2", "FILE"], exit: 0,
            output: .containing("二是庚。\n（（（（")),
        Row(
            "1 million tiny sentences, outline", .sentences1M, ["outline", "--tsv", "FILE"], exit: 0, output: .lines(1)),
        Row(
            "1 million tiny sentences, search", .sentences1M, ["search", "终", "--tsv", "FILE"], exit: 0,
            output: .containing("preamble\t6000000\t")),
        Row(
            "1 million tiny sentences, one per line, outline", .sentenceLines1M, ["outline", "--tsv", "FILE"], exit: 0,
            output: .lines(1)),
        Row(
            "1 million tiny sentences, one per line, search", .sentenceLines1M, ["search", "终", "--tsv", "FILE"],
            exit: 0,
            output: .exactly("preamble\t7000000\t\t终\t。\n")),
        // Malformed path arguments: 64.
        Row(
            "path 1..2", .bundled, ["show", "1..2"], exit: 64,
            message: "malformed path “1..2”: use dot-separated numbers such as 1.2.3, or preamble / closing"),
        Row(
            "path -1 (read as an option)", .bundled, ["show", "-1"], exit: 64,
            message: "Missing expected argument '<path>'"),
        Row("path -1 after --", .bundled, ["show", "--", "-1"], exit: 64, message: "malformed path “-1”"),
        Row("path abc", .bundled, ["show", "abc"], exit: 64, message: "malformed path “abc”"),
        Row(
            "path abc, bookmark", .bundled, ["bookmarks", "add", "abc", "--store", "STORE"], exit: 64,
            message: "malformed path “abc”"),
        Row(
            "path 1..2, note", .bundled, ["notes", "add", "1..2", "--text", "x", "--store", "STORE"], exit: 64,
            message: "malformed path “1..2”"),
        Row("path 9.9 that names no node", .bundled, ["show", "9.9"], exit: 1, message: "no node at path 9.9"),
        // Queries: 64 when empty or too long to search in bounded time.
        Row("empty search", .bundled, ["search", ""], exit: 64, message: "the search phrase is empty"),
        Row(
            "10,000-character search", .bundled, ["search", String(repeating: "政", count: 10_000)], exit: 64,
            message: "the search phrase is longer than 1000 characters"),
        // Note texts.
        Row(
            "1 MB note text from a file", .bundled, note: .megabyte,
            ["notes", "add", "1", "--text-file", "NOTE", "--store", "STORE"], exit: 0, output: .exactly("1\n")),
        Row(
            "17 MB note text: over the limit", .bundled, note: .overLimit,
            ["notes", "add", "1", "--text-file", "NOTE", "--store", "STORE"], exit: 1,
            message: "the note is 17825792 bytes long; the limit is 16777216 bytes"),
        Row(
            "note text from /dev/zero", .bundled, note: .devZero,
            ["notes", "add", "1", "--text-file", "NOTE", "--store", "STORE"], exit: 66, message: "not a regular file"),
        Row(
            "note text from a FIFO", .bundled, note: .fifo,
            ["notes", "add", "1", "--text-file", "NOTE", "--store", "STORE"], exit: 66, message: "not a regular file")
    ]

    @Test("command line", arguments: rows)
    func commandLine(_ row: Row) throws {
        let scratch = try CommandLineScratch()
        let file = try BadInputs.make(row.input, in: scratch)
        let note = try row.note.map { try BadInputs.make($0, in: scratch) }
        let store = scratch.url.appendingPathComponent("store").path
        let arguments = row.command.map { word -> String in
            switch word {
            case "FILE": return file ?? word
            case "NOTE": return note ?? word
            case "STORE": return store
            default: return word
            }
        }
        let result = try CommandLineBinary.run(arguments, timeout: 240)
        #expect(!result.timedOut, "\(row.name): no answer within 240 s")
        #expect(result.status == row.status, "\(row.name): exit \(result.status), stderr \(result.err)")
        if let message = row.message {
            let expected = message.replacingOccurrences(of: "FILE", with: file ?? "")
            #expect(result.errorContractViolation == nil, "\(row.name): \(result.errorContractViolation ?? "")")
            #expect(result.err.contains(expected), "\(row.name): stderr \(result.err.debugDescription)")
        } else {
            #expect(result.stderr.isEmpty, "\(row.name): stderr \(result.err)")
        }
        switch row.output {
        case .empty: #expect(result.stdout.isEmpty, "\(row.name): stdout \(result.out.prefix(200).debugDescription)")
        case .exactly(let text):
            #expect(result.out == text, "\(row.name): stdout \(result.out.prefix(200).debugDescription)")
        case .lines(let count): #expect(result.lines.count == count, "\(row.name): \(result.lines.count) lines")
        case .containing(let text):
            #expect(result.out.contains(text), "\(row.name): stdout \(result.out.prefix(300).debugDescription)")
        }
    }

    // MARK: - The interactive reader

    /// The status line: the second-to-last row.
    static func statusLine(_ screen: String) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.count >= 2 ? String(rows[rows.count - 2]) : ""
    }

    /// A reader session on `file` with a private store; waits for its first frame.
    private func reader(
        _ file: String, in scratch: CommandLineScratch, width: Int = 80, height: Int = 24,
        firstFrame: String = "TEXT"
    ) throws -> TmuxSession {
        let session = try TmuxSession.speechreader(
            [file], width: width, height: height,
            environment: ["SPEECHREADER_STORE": scratch.url.appendingPathComponent("store").path])
        try session.waitFor(firstFrame, timeout: .seconds(120))
        return session
    }

    @Test(
        "a FILE that changes while the reader has it open: the loaded copy stays, no crash",
        .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func fileChangesUnderTheReader() throws {
        let scratch = try CommandLineScratch()
        let original = "今天，我们开会。\n一、第一部分标题\n原来的正文第一句。原来的正文第二句。\n二、第二部分标题\n原来的结尾。\n"
        let file = try scratch.file("changing.txt", text: original)
        let session = try reader(file, in: scratch)
        try session.waitFor("原来的正文第一句")
        // Rewritten shorter, then replaced by binary junk, then deleted, while the reader reads on.
        try Data("新的".utf8).write(to: URL(fileURLWithPath: file))
        try session.sendKeys("j", "]", "]", "G")
        try Data([0x7F, 0x45, 0x4C, 0x46] + [UInt8](repeating: 0, count: 4096)).write(to: URL(fileURLWithPath: file))
        try session.sendKeys("g", "/")
        try session.sendLiteral("结尾")
        try session.sendKeys("Enter")
        try session.waitFor("the search in the loaded copy") { $0.contains("1/1") && $0.contains("原来的结尾") }
        try FileManager.default.removeItem(atPath: file)
        try session.sendKeys(":")
        try session.sendLiteral("2")
        try session.sendKeys("Enter")
        let screen = try session.waitFor("section 2 of the loaded copy") { Self.statusLine($0).contains("2 二、第二部分标题") }
        #expect(!screen.contains("新的"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test(
        "a 20 MB single line and 1 million sentences open in the reader, and the end is reachable",
        .enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
        arguments: [Input.singleLine20MB, .sentences1M, .sentenceLines1M])
    func hugeDocumentsInTheReader(input: Input) throws {
        let scratch = try CommandLineScratch()
        let file = try #require(try BadInputs.make(input, in: scratch))
        let session = try reader(file, in: scratch)
        try session.sendKeys("G")
        try session.waitFor("the end of the document", timeout: .seconds(180)) { $0.contains("100%") }
        try session.sendKeys(")", "g")
        try session.waitFor("back at the start", timeout: .seconds(180)) { $0.contains(" 0%") }
        try session.sendKeys("q")
        #expect(try session.waitForExit(timeout: .seconds(60)) == 0)
    }

    @Test(
        "an empty file in the reader opens, says the document is empty, and quits",
        .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), arguments: [Input.empty, .whitespace])
    func emptyFileInTheReader(input: Input) throws {
        let scratch = try CommandLineScratch()
        let file = try #require(try BadInputs.make(input, in: scratch))
        let session = try reader(file, in: scratch)
        try session.sendKeys("j", "G", "]", ")")
        let screen = try session.waitFor("the status line") { $0.contains("100%") }
        #expect(screen.contains("This document is empty."), "screen:\n\(screen)")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }
}

/// Generates the matrix's inputs in a scratch directory.
enum BadInputs {
    /// The path for `input` (nil for the bundled speech), creating the file.
    static func make(_ input: BadInputMatrixTests.Input, in scratch: CommandLineScratch) throws -> String? {
        switch input {
        case .bundled: return nil
        case .missing: return scratch.url.appendingPathComponent("missing.txt").path
        case .directory:
            let directory = scratch.url.appendingPathComponent("a-directory.txt")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            return directory.path
        case .empty: return try scratch.file("empty.txt", [])
        case .whitespace: return try scratch.file("whitespace.txt", text: "  \n\t\n\u{3000}\n")
        case .binary:
            // An ELF-like header and zero bytes: valid UTF-8, but nearly all controls.
            return try scratch.file(
                "program.bin",
                [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]
                    + [UInt8](repeating: 0, count: 4088) + Array("ELF text".utf8))
        case .invalidUTF8:
            // Starts as UTF-8 Chinese, then bytes that are neither UTF-8 nor GB18030.
            return try scratch.file("damaged.txt", Array("一、标题\n".utf8) + [0xFF, 0xFE, 0x41, 0x80, 0x80])
        case .truncatedUTF16:
            return try scratch.file(
                "utf16.txt", [0xFF, 0xFE] + Array("一、标题".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0x00])
        case .unpairedUTF16:
            return try scratch.file("utf16-cut.txt", [0xFF, 0xFE, 0x00, 0x4E, 0x3D, 0xD8])
        case .singleLine20MB:
            // 20 MB of text on one line, no punctuation and no line break, a unique word at the end.
            let body = String(repeating: "政绩观", count: 19_999_998 / 9)
            return try scratch.file("single-line.txt", text: body + "终点标记")
        case .headings100k:
            let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
            let text = (0..<100_000).map { "\(numerals[$0 % 10])、第\($0)节" }.joined(separator: "\n") + "\n"
            return try scratch.file("headings.txt", text: text)
        case .nestedMarkers:
            let block = [
                "一、总体要求", "（一）二级", "1.三级", "（1）四级", "①五级", "一是要甲。二是要乙。",
                "第一，丙。第二，丁。", "首先，戊。其次，己。最后，庚。"
            ].joined(separator: "\n")
            // 2,000 sections five levels deep; 2,000 more run together on one line (each marker
            // right after a sentence end); then 10,000 nested brackets around a numeral.
            let chain = String(repeating: "一、甲。（一）乙。1.丙。（1）丁。①戊。一是己。二是庚。", count: 2_000)
            let brackets = String(repeating: "（", count: 10_000) + "一" + String(repeating: "）", count: 10_000)
            let text =
                Array(repeating: block, count: 2_000).joined(separator: "\n") + "\n" + chain + "\n" + brackets + "\n"
            return try scratch.file("nested.txt", text: text)
        case .sentences1M:
            return try scratch.file("sentences.txt", text: String(repeating: "是。", count: 1_000_000) + "终。\n")
        case .sentenceLines1M:
            return try scratch.file("sentence-lines.txt", text: String(repeating: "是。\n", count: 1_000_000) + "终。\n")
        case .fifo:
            let path = scratch.url.appendingPathComponent("fifo.txt").path
            guard mkfifo(path, 0o600) == 0 else { throw TmuxSession.Failure(description: "mkfifo failed") }
            return path
        case .devZero: return "/dev/zero"
        }
    }

    /// The note text file.
    static func make(_ note: BadInputMatrixTests.NoteFile, in scratch: CommandLineScratch) throws -> String {
        switch note {
        case .megabyte:
            return try scratch.file("note.txt", text: String(repeating: "很长的学习笔记。", count: 1024 * 1024 / 24 + 1))
        case .overLimit:
            return try scratch.file("huge-note.txt", [UInt8](repeating: 0x61, count: 17 * 1024 * 1024))
        case .devZero:
            return "/dev/zero"
        case .fifo:
            let path = scratch.url.appendingPathComponent("note-fifo").path
            guard mkfifo(path, 0o600) == 0 else { throw TmuxSession.Failure(description: "mkfifo failed") }
            return path
        }
    }
}
