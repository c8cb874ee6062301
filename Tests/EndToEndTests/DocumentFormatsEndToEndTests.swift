import Foundation
import TestSupport
import Testing

/// The speech as people receive it — Word (pandoc; LibreOffice with auto-numbered headings),
/// OpenDocument, PDF, a saved web page — gives the outline of the .txt. Fixtures are made by
/// real tools: Tests/Fixtures/formats/README.md.
@Suite("Document formats")
struct DocumentFormatsEndToEndTests {
    static let fixtures = Repository.root.appendingPathComponent("Tests/Fixtures/formats")
    static let pdfToolPresent = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// Outline lines with markers and titles folded: full- and half-width forms are equal.
    static func folded(_ lines: [String]) -> [String] {
        lines.map { line in
            String(
                line.map { character -> Character in
                    switch character {
                    case "（": return "("
                    case "）": return ")"
                    case "，": return ","
                    case "：": return ":"
                    default: return character
                    }
                })
        }
    }

    static func outline(_ path: String) throws -> [String] {
        let result = try CommandLineBinary.run(["outline", "--tsv", path])
        #expect(result.status == 0, "\(path): \(result.err)")
        return folded(result.lines)
    }

    @Test(
        "each format gives the outline of the .txt",
        arguments: [
            "speech-pandoc.docx", "speech-numbered.docx", "speech-resaved.docx", "speech-numbered.odt",
            "speech-numbered.fodt", "speech.pdf"
        ])
    func sameOutline(name: String) throws {
        if name.hasSuffix(".pdf"), !Self.pdfToolPresent { return }
        let expected = try Self.outline(Repository.bundledSpeech.path)
        let lines = try Self.outline(Self.fixture(name))
        #expect(lines == expected)
        #expect(lines.count == 29)
        #expect(lines.first?.hasPrefix("preamble\tPREAMBLE\t\t今天") == true)
    }

    @Test(
        "a saved web page: the title first, then the outline of the .txt; site chrome left out",
        arguments: ["speech-page.html", "speech-page-gb2312.html"])
    func webPage(name: String) throws {
        let expected = try Self.outline(Repository.bundledSpeech.path)
        let lines = try Self.outline(Self.fixture(name))
        // The page's title is the document's title node; the rest is the .txt's outline.
        #expect(lines.first == "title\tTITLE\t\t在全局机关干部廉政警示教育大会上的讲话")
        #expect(Array(lines.dropFirst()) == expected)
        let text = try CommandLineBinary.run([Self.fixture(name)]).lines
        #expect(text.count > 1 && text[1].hasPrefix("今天"))
        for chrome in ["首页", "字号", "打印", "分享到", "主办单位", "当前位置"] {
            #expect(!text.contains { $0.contains(chrome) }, "\(chrome)")
        }
    }

    @Test("a legacy .doc is refused: exit 65, one line that says to save as .docx")
    func legacyDoc() throws {
        let result = try CommandLineBinary.run(["outline", Self.fixture("speech.doc")])
        #expect(result.status == 65)
        #expect(result.errorContractViolation == nil, "\(result.errorContractViolation ?? "")")
        #expect(result.err.contains(".docx") && result.err.contains("libreoffice --headless --convert-to docx"))
    }

    @Test("a damaged .docx stops with one line, exit 65")
    func hostileArchives() throws {
        let scratch = try CommandLineScratch()
        var bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("speech-pandoc.docx")))
        bytes.removeLast(bytes.count / 3)
        let cut = try scratch.file("cut.docx", bytes)
        let result = try CommandLineBinary.run(["outline", cut])
        #expect(result.status == 65)
        #expect(result.errorContractViolation == nil, "\(result.errorContractViolation ?? "")")
    }

    @Test("standard input: `cat x.txt | speechreader outline --tsv -` equals the file's outline, any format")
    func standardInput() throws {
        let binary = try SpeechreaderBinary.path()
        for name in ["Resources/zhengjiguan-lianzheng-jingshi-speech.txt", "Tests/Fixtures/formats/speech-pandoc.docx"]
        {
            let path = Repository.root.appendingPathComponent(name).path
            let direct = try CommandLineBinary.run(["outline", "--tsv", path])
            for command in ["cat '\(path)' | '\(binary)' outline --tsv -", "'\(binary)' outline --tsv < '\(path)'"] {
                let piped = try ChildProcess.run("/bin/sh", ["-c", command], environment: ["LANG": "C.UTF-8"])
                #expect(piped.status == 0, "\(command): \(piped.errors)")
                #expect(piped.output == direct.out, "\(command)")
            }
        }
    }

    @Test("a note added on the .docx is exact in a re-saved .docx with the same text")
    func noteSurvivesResave() throws {
        let scratch = try CommandLineScratch()
        let store = scratch.url.appendingPathComponent("store").path
        let document = scratch.url.appendingPathComponent("speech.docx").path
        try FileManager.default.copyItem(atPath: Self.fixture("speech-pandoc.docx"), toPath: document)
        let added = try CommandLineBinary.run(["notes", "add", "1.1", "--text", "看这里", "--store", store, document])
        #expect(added.status == 0, "\(added.err)")
        try FileManager.default.removeItem(atPath: document)
        try FileManager.default.copyItem(atPath: Self.fixture("speech-resaved.docx"), toPath: document)
        let listed = try CommandLineBinary.run(["notes", "list", "--tsv", "--store", store, document])
        #expect(listed.status == 0, "\(listed.err)")
        #expect(listed.lines.count == 1)
        #expect(listed.lines.first?.split(separator: "\t").dropFirst(2).first == "exact")
    }
}

/// `speechreader - < x.docx`: the reader opens the document and takes its keys from the terminal.
@Suite("Reader on standard input", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct StandardInputReaderEndToEndTests {
    @Test func readerTakesKeysFromTheTerminal() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent(
            "speechreader-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: store) }
        let binary = try SpeechreaderBinary.path()
        let docx = DocumentFormatsEndToEndTests.fixture("speech-pandoc.docx")
        let session = try TmuxSession(
            shellCommand: "exec '\(binary)' - < '\(docx)'", width: 100, height: 30,
            environment: ["SPEECHREADER_STORE": store.path])
        defer { session.kill() }
        try session.waitFor("今天,我们召开")
        try session.sendKeys("]")
        try session.waitFor("status at node 1") { $0.contains(" 1 一、溯源固本") }
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }
}
