import Foundation
import TestSupport
import Testing

/// The store's command line, driven through the real binary: bookmarks, notes, re-anchoring
/// after edits and renames, export, and what a broken store does.
@Suite("Store command line", .serialized)
struct StoreCommandTests {
    @Test func noteLifecycle() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        let id = try sandbox.succeed(["notes", "add", "1.2.1", "--text", "群众满意度\t是“晴雨表”\n第二行"])
        #expect(id == "1\n")
        let listed = try sandbox.succeed(["notes", "list", "--tsv"])
        #expect(listed == "1\t1.2.1\texact\t一是要把群众满意度作为衡量政绩的“晴雨表”。\t群众满意度\\t是“晴雨表”\\n第二行\n")
        _ = try sandbox.succeed(["notes", "edit", "1", "--text", "改写"])
        #expect(try sandbox.succeed(["notes", "list", "--tsv"]).hasSuffix("\t改写\n"))
        _ = try sandbox.succeed(["notes", "remove", "1"])
        #expect(try sandbox.succeed(["notes", "list", "--tsv"]) == "")
    }

    @Test func noteOnAQuoteInsideTheNode() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        _ = try sandbox.succeed(["notes", "add", "1.2", "--text", "t", "--quote", "晴雨表"])
        #expect(try sandbox.succeed(["notes", "list", "--tsv"]) == "1\t1.2.1\texact\t晴雨表\tt\n")
        let outside = try sandbox.run(["notes", "add", "1.2", "--text", "t", "--quote", "同志们"])
        try outside.expectOneLineError(containing: "does not occur in node 1.2")
        try sandbox.run(["notes", "add", "9.9", "--text", "t"]).expectOneLineError(containing: "no node at path 9.9")
        try sandbox.run(["notes", "add", "1..2", "--text", "t"]).expectOneLineError(containing: "malformed path")
        try sandbox.run(["notes", "add", "1.2", "--text", "  "]).expectOneLineError(containing: "empty")
        #expect(try sandbox.succeed(["notes", "list", "--tsv"]).split(separator: "\n").count == 1)
    }

    @Test func unknownIdsAreOneLineErrors() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        // Without a store at all, and with one.
        for _ in 0..<2 {
            try sandbox.run(["notes", "edit", "42", "--text", "x"]).expectOneLineError(containing: "no note with id 42")
            try sandbox.run(["notes", "remove", "42"]).expectOneLineError(containing: "no note with id 42")
            try sandbox.run(["bookmarks", "remove", "42"]).expectOneLineError(containing: "no bookmark with id 42")
            _ = try sandbox.succeed(["bookmarks", "add", "1"])
        }
        try sandbox.run(["notes", "remove", "abc"]).expectOneLineError(containing: "abc")
    }

    @Test func bookmarks() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        #expect(try sandbox.succeed(["bookmarks", "add", "2.1", "--label", "思想\t淬炼"]) == "1\n")
        #expect(try sandbox.succeed(["bookmarks", "add", "1.1"]) == "2\n")
        #expect(try sandbox.succeed(["bookmarks", "list", "--tsv"]) == "2\t1.1\t\n1\t2.1\t思想\\t淬炼\n")
        let json = try sandbox.succeed(["bookmarks", "list", "--json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(items.map { $0["id"] as? Int } == [2, 1])
        #expect(items.first?["state"] as? String == "exact")
        #expect(items.first?["offsetUnit"] as? String == "utf8")
        _ = try sandbox.succeed(["bookmarks", "remove", "2"])
        #expect(try sandbox.succeed(["bookmarks", "list", "--tsv"]) == "1\t2.1\t思想\\t淬炼\n")
    }

    @Test func listingWithoutAStoreCreatesNothing() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        #expect(try sandbox.succeed(["notes", "list", "--tsv"]) == "")
        #expect(try sandbox.succeed(["bookmarks", "list"]) == "")
        #expect(!FileManager.default.fileExists(atPath: sandbox.store))
    }

    @Test func storeComesFromTheEnvironmentWithoutTheOption() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        _ = try sandbox.succeed(["notes", "add", "1", "--text", "env"], useOption: false)
        #expect(FileManager.default.fileExists(atPath: sandbox.store + "/store.sqlite"))
        #expect(try sandbox.succeed(["notes", "list", "--tsv"]).contains("\tenv\n"))
    }

    @Test func notesFollowEditsOfTheFile() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("speech.txt", StoreSample.speech)
        _ = try sandbox.succeed(["notes", "add", "1.2.1", "--text", "moves", file])
        _ = try sandbox.succeed(["notes", "add", "1.1.2", "--text", "fuzzy", file])
        _ = try sandbox.succeed(["notes", "add", "2.1", "--text", "orphan", "--quote", "我们必须做到警钟长鸣。", file])
        _ = try sandbox.succeed(["notes", "add", "preamble", "--text", "stays", file])
        let edited = StoreSample.speech
            .replacingOccurrences(of: "（二）改进工作作风\n", with: "新增的一段背景说明。\n（二）改进工作作风\n")
            .replacingOccurrences(of: "砥砺初心使命", with: "砥砺初心本色")
            .replacingOccurrences(of: "我们必须做到警钟长鸣。", with: "")
        _ = try sandbox.write("speech.txt", edited)
        let rows = try sandbox.succeed(["notes", "list", "--tsv", file]).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows.map { $0[4] } == ["stays", "fuzzy", "moves", "orphan"])
        #expect(rows.map { $0[2] } == ["exact", "fuzzy", "moved", "orphaned"])
        #expect(rows.map { $0[1] } == ["preamble", "1.1.2", "1.2.1", "2.1"])
        // Listing again gives the same answer: the placements were saved.
        #expect(
            try sandbox.succeed(["notes", "list", "--tsv", file]).split(separator: "\n").map {
                $0.split(separator: "\t")[2]
            }
                == ["exact", "fuzzy", "moved", "orphaned"])
    }

    @Test func notesFollowARenamedFile() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("old-name.txt", StoreSample.speech)
        _ = try sandbox.succeed(["notes", "add", "1.1.1", "--text", "跟随改名", file])
        _ = try sandbox.succeed(["bookmarks", "add", "2", file])
        let renamed = sandbox.directory + "/moved/new-name.txt"
        try FileManager.default.createDirectory(atPath: sandbox.directory + "/moved", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: file, toPath: renamed)
        #expect(
            try sandbox.succeed(["notes", "list", "--tsv", renamed]).hasSuffix(
                "\t1.1.1\texact\t一是要深化理论学习，掌握思想武器。\t跟随改名\n"))
        #expect(try sandbox.succeed(["bookmarks", "list", "--tsv", renamed]) == "1\t2\t\n")
    }

    @Test func exportFormats() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("speech.txt", StoreSample.speech)
        _ = try sandbox.succeed(["notes", "add", "1.2.1", "--text", "调研笔记", file])
        let markdown = try sandbox.succeed(["notes", "export", file])
        #expect(
            markdown.contains(
                "## 一、坚持学习，提高本领\n\n### （二）改进工作作风\n\n#### 一是要坚持调查研究，掌握实际情况\n\n> 一是要坚持调查研究，掌握实际情况。\n\n调研笔记\n"))
        let json = try sandbox.succeed(["notes", "export", "--format", "json", file])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let item = try #require((root["items"] as? [[String: Any]])?.first)
        let selectors = (item["target"] as? [String: Any])?["selector"] as? [[String: Any]]
        #expect(selectors?.map { $0["type"] as? String } == ["TextQuoteSelector", "TextPositionSelector"])
        #expect(item["nodePath"] as? String == "1.2.1")
        #expect((item["created"] as? String)?.hasSuffix("Z") == true)
        try sandbox.run(["notes", "export", "--format", "pdf"]).expectOneLineError(containing: "pdf")
    }

    @Test func aMegabyteNoteThroughStandardInput() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        let text = String(repeating: "很长的学习笔记。", count: 1024 * 1024 / 24 + 1)
        _ = try sandbox.succeed(["notes", "add", "1", "--text-file", "-"], input: Data(text.utf8))
        let argument = String(repeating: "长", count: 40_000)
        _ = try sandbox.succeed(["notes", "add", "2", "--text", argument])
        let json = try sandbox.succeed(["notes", "list", "--json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(items.map { $0["text"] as? String } == [text, argument])
    }

    @Test func aCorruptStoreIsReportedAndLeftAlone() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        try FileManager.default.createDirectory(atPath: sandbox.store, withIntermediateDirectories: true)
        let database = sandbox.store + "/store.sqlite"
        var bytes = Array("SQLite format 3\0".utf8)
        bytes += (0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 17) }
        try Data(bytes).write(to: URL(fileURLWithPath: database))
        for arguments in [
            ["notes", "add", "1", "--text", "x"], ["notes", "list"], ["bookmarks", "add", "1"],
            ["notes", "remove", "1"], ["notes", "export"]
        ] {
            let run = try sandbox.run(arguments)
            try run.expectOneLineError(containing: database)
            #expect(run.stdout.isEmpty)
            #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: database))) == bytes)
        }
        let garbage = Array("not a database at all\n".utf8)
        try Data(garbage).write(to: URL(fileURLWithPath: database))
        try sandbox.run(["notes", "list"]).expectOneLineError(containing: "not an SQLite database")
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: database))) == garbage)
    }
}

/// A speech whose outline is known (the same shape as the store's unit-test fixture).
enum StoreSample {
    static let speech = """
        今天，我们召开全体干部大会。这是开场白的第二句话。
        一、坚持学习，提高本领
        （一）加强理论学习
        一是要深化理论学习，掌握思想武器。二是要加强党性教育，砥砺初心使命。
        （二）改进工作作风
        一是要坚持调查研究，掌握实际情况。二是要发扬斗争精神，攻坚克难前进。
        二、严守纪律，廉洁自律
        （一）筑牢思想防线
        要时刻绷紧廉洁这根弦，自觉抵制各种诱惑。我们必须做到警钟长鸣。
        同志们，让我们携手奋进，再创佳绩！

        """
}

/// A temporary directory with a store in it, and a way to run the binary against that store.
struct StoreSandbox: Sendable {
    let directory: String
    var store: String { directory + "/store" }

    init() throws {
        directory = FileManager.default.temporaryDirectory.path + "/speechreader-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Writes a file into the sandbox and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let path = directory + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs `speechreader ARGUMENTS --store STORE` (or with `SPEECHREADER_STORE` set instead).
    func run(_ arguments: [String], input: Data? = nil, useOption: Bool = true) throws -> StoreProcess.Result {
        var environment = ["SPEECHREADER_STORE": store, "XDG_DATA_HOME": directory + "/xdg"]
        if useOption { environment["SPEECHREADER_STORE"] = directory + "/not-this-one" }
        return try StoreProcess.run(
            arguments + (useOption ? ["--store", store] : []), environment: environment,
            input: input, scratch: directory)
    }

    /// Runs and requires success; returns stdout.
    func succeed(_ arguments: [String], input: Data? = nil, useOption: Bool = true) throws -> String {
        let result = try run(arguments, input: input, useOption: useOption)
        #expect(result.status == 0, "\(arguments.prefix(3)) failed: \(result.stderr)")
        return result.stdout
    }
}

/// Runs the built `speechreader` binary with files for its standard streams (no pipe deadlocks).
enum StoreProcess {
    struct Result: Sendable {
        let status: Int32
        let stdout: String
        let stderr: String

        /// A failure: non-zero exit, exactly one stderr line starting `speechreader: `.
        func expectOneLineError(containing text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            #expect(status != 0, "exit status 0", sourceLocation: sourceLocation)
            #expect(stderr.hasPrefix("speechreader: "), "\(stderr)", sourceLocation: sourceLocation)
            #expect(
                stderr.hasSuffix("\n") && stderr.dropLast().allSatisfy { !$0.isNewline }, "\(stderr)",
                sourceLocation: sourceLocation)
            #expect(stderr.contains(text), "\(stderr)", sourceLocation: sourceLocation)
        }
    }

    /// Runs `speechreader ARGUMENTS` with the test process's environment plus `LANG=C.UTF-8` and
    /// `environment`, `input` on its standard input.
    static func run(_ arguments: [String], environment: [String: String], input: Data?, scratch: String) throws
        -> Result
    {
        var merged = ProcessInfo.processInfo.environment
        merged["LANG"] = "C.UTF-8"
        merged.merge(environment) { $1 }
        let result = try ChildProcess.run(
            try SpeechreaderBinary.path(), arguments, environment: merged,
            input: input.map { .bytes([UInt8]($0)) } ?? .null)
        return Result(status: result.status, stdout: result.output, stderr: result.errors)
    }
}
