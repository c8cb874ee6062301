import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A speech with every kind of terminal control a scraped or pasted text can carry: CSI (colour,
/// clear screen), OSC 0 (window title) and OSC 52 (clipboard write) ended by BEL, the C1 forms
/// CSI/OSC/ST (U+009B, U+009D, U+009C) and NEL (U+0085), DEL, backspace, NUL, a lone CR, and the
/// bidi override U+202E and isolates U+2066/U+2069. Plain filler keeps it a text, not "binary".
enum HostileDocument {
    static let text = """
        今天，我们召开全体干部大会。正文开始。
        一、标题\u{1B}[31m红色\u{07}\u{202E}反向
        （一）子标题\u{1B}]0;窗口标题\u{07}结束
        正文\u{1B}[2J清屏\u{202E}覆盖。剪贴板\u{1B}]52;c;aGFja2Vk\u{07}写入。空字符\u{0}在此。
        一是要甲\u{9B}31m乙\u{9D}0;标题\u{9C}。二是要丙\u{7F}删除\u{8}退格\u{2066}隔离\u{2069}回车\rX。
        （二）第二节
        \(Array(repeating: String(repeating: "这是一段普通的正文，用来让文件看起来像一篇讲话稿。", count: 8), count: 8).joined(separator: "\n"))
        同志们，谢谢大家！

        """

    /// The sequences from the document that must never reach a terminal raw.
    static let forbidden: [(name: String, bytes: [UInt8])] = [
        ("OSC (ESC ]): title, clipboard", [0x1B, 0x5D]),
        ("ESC[2J from the document", Array("\u{1B}[2J清".utf8)),
        ("ESC[31m from the document", Array("\u{1B}[31m红".utf8)),
        ("NUL", [0x00]), ("BEL", [0x07]), ("C1 CSI", [0xC2, 0x9B]), ("C1 OSC", [0xC2, 0x9D]), ("C1 ST", [0xC2, 0x9C]),
        ("NEL", [0xC2, 0x85]), ("U+202E", [0xE2, 0x80, 0xAE]), ("U+2066", [0xE2, 0x81, 0xA6]),
        ("U+2069", [0xE2, 0x81, 0xA9]),
        ("DEL", [0x7F])
    ]
    // Not listed: BS, which ncurses itself sends to move the cursor left (xterm's cub1). BEL is
    // listed: the reader rings the bell only for a key that can do nothing, and the test sends none.

    /// The names of the forbidden sequences found in `bytes`.
    static func leaks(in bytes: [UInt8]) -> [String] {
        forbidden.filter { contains(bytes, $0.bytes) }.map(\.name)
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start] == needle[0] && haystack[start..<start + needle.count].elementsEqual(needle)
        }
    }

    /// Every `ESC [ 2 J` in `bytes` is ncurses' own clear (`ESC [ H ESC [ 2 J` for xterm).
    static func everyClearIsTheTerminalLibrarys(_ bytes: [UInt8]) -> Bool {
        let clear = Array("\u{1B}[2J".utf8)
        let home = Array("\u{1B}[H".utf8)
        guard bytes.count >= clear.count else { return true }
        for start in 0...(bytes.count - clear.count) where bytes[start..<start + clear.count].elementsEqual(clear) {
            guard start >= home.count, bytes[start - home.count..<start].elementsEqual(home) else { return false }
        }
        return true
    }
}

@Suite("Terminal-escape safety", .serialized)
struct TerminalEscapeTests {
    /// Every command-line output, with a note and a bookmark whose quote, text and label carry
    /// controls too (the store keeps them as typed; every listing must make them visible).
    static let commands: [[String]] = [
        ["outline"], ["outline", "--tsv"], ["outline", "--json"], ["show", "1"], ["show", "1.1", "--width", "24"],
        ["search", "清屏"], ["search", "清屏", "--tsv"], ["search", "剪贴板", "--json"], ["search", "标题", "--tsv"],
        ["read"], ["notes", "list"], ["notes", "list", "--tsv"], ["notes", "list", "--json"],
        ["notes", "export"], ["notes", "export", "--format", "json"],
        ["bookmarks", "list"], ["bookmarks", "list", "--tsv"], ["bookmarks", "list", "--json"]
    ]

    @Test("no control from the document or the store reaches stdout raw, and they are shown", arguments: commands)
    func commandLineOutputs(arguments: [String]) throws {
        let scratch = try CommandLineScratch()
        let file = try scratch.file("hostile.txt", text: HostileDocument.text)
        let store = scratch.url.appendingPathComponent("store").path
        _ = try CommandLineBinary.succeed([
            "notes", "add", "1.1", "--quote", "正文\u{1B}[2J清屏", "--store", store,
            "--text", "注\u{1B}]52;c;eHh4\u{07}释\u{202E}\u{0}\u{9B}", file
        ])
        _ = try CommandLineBinary.succeed([
            "bookmarks", "add", "1.1", "--label", "书签\u{1B}]0;标题\u{07}\u{2066}", "--store", store, file
        ])
        let usesStore = ["notes", "bookmarks"].contains(arguments[0])
        let result = try CommandLineBinary.succeed(arguments + [file] + (usesStore ? ["--store", store] : []))
        #expect(!result.stdout.isEmpty)
        #expect(commandLineRawControls(in: result.stdout) == [], "\(arguments)")
        #expect(HostileDocument.leaks(in: result.stdout) == [], "\(arguments)")
        // Shown, not dropped: the caret or \u form of ESC is there.
        let visible = result.out.contains("^[") || result.out.contains("\\u001b") || result.out.contains("\\u001B")
        #expect(visible, "\(arguments): the controls were dropped instead of shown:\n\(result.out.prefix(400))")
        if arguments.contains("--json") || arguments.contains("json") {
            #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout))) != nil, "\(arguments): not JSON")
        }
    }

    @Test(
        "a query or a path argument with controls is echoed escaped, on stdout and in error lines",
        arguments: [
            (["search", "\u{1B}]0;窗口", "--json"], Int32(0)), (["search", "\u{1B}]0;窗口", "--tsv"], Int32(0)),
            (["search", "\u{1B}]52;c;bm9wZQ==\u{07}\u{202E}"], Int32(1)), (["show", "1\u{1B}[2J"], Int32(64)),
            (["notes", "add", "1.1", "--quote", "\u{1B}]0;不存在\u{07}", "--text", "x"], Int32(64))
        ] as [([String], Int32)])
    func echoedArguments(arguments: [String], status: Int32) throws {
        let scratch = try CommandLineScratch()
        let file = try scratch.file("hostile.txt", text: HostileDocument.text)
        let store =
            ["notes", "bookmarks"].contains(arguments[0])
            ? ["--store", scratch.url.appendingPathComponent("store").path] : []
        let result = try CommandLineBinary.run(arguments + [file] + store)
        #expect(result.status == status, "\(result.err)")
        #expect(commandLineRawControls(in: result.stdout) == [] && commandLineRawControls(in: result.stderr) == [])
        #expect(HostileDocument.leaks(in: result.stdout + result.stderr) == [])
        if status != 0 {
            #expect(result.errorContractViolation == nil, "\(result.errorContractViolation ?? "")")
            #expect(result.err.contains("^["), "the control is not shown: \(result.err)")
        }
    }

    @Test("the reader writes none of the document's sequences to the terminal, and shows them")
    func readerBytes() throws {
        let scratch = try CommandLineScratch()
        let file = try scratch.file("hostile.txt", text: HostileDocument.text)
        let environment = [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": scratch.url.path, "PATH": "/usr/bin:/bin",
            "SWIFT_BACKTRACE": "enable=no",  // a crash must end the program, not hold the pty for minutes
            "SPEECHREADER_STORE": scratch.url.appendingPathComponent("store").path
        ]
        let terminal = try PseudoTerminal(
            [try SpeechreaderBinary.path(), file], environment: environment,
            columns: 120, rows: 30)
        try terminal.waitFor("清屏")
        // Move through every line, open the section with the OSC heading, search, then quit.
        try terminal.send("jjjjjjj")
        try terminal.send("]]")
        try terminal.send("/剪贴板\r")
        try terminal.waitFor("the search result") { $0.contains("1/1") }
        try terminal.send("G")
        try terminal.send("q")
        #expect(try terminal.waitForExit() == 0)
        let bytes = terminal.output
        #expect(HostileDocument.leaks(in: bytes) == [], "the reader passed document controls through")
        #expect(HostileDocument.everyClearIsTheTerminalLibrarys(bytes), "an ESC[2J that is not ncurses' clear")
        let shown = terminal.text
        // (The heading's title ends at the `;` of `ESC ] 0 ;`: the rest of that line is body text.)
        for visible in [
            "^[[2J清屏", "U+202E覆盖", "^[]52;c;aGFja2Vk^G写入", "^[]0;", "窗口标题^G结束", "空字符^@在此", "U+009B31m",
            "U+2066隔离U+2069", "^?删除^H退格", "^[[31m红色^GU+202E反向"
        ] {
            #expect(shown.contains(visible), "\(visible) is not shown")
        }
    }
}
