import Foundation
import Testing

/// Moving notes and bookmarks between stores (machines) through the JSON export, the Markdown
/// export's shape, and mistyped commands (issue 11).
@Suite("Store command line: export and import", .serialized)
struct StoreExchangeCommandTests {
    @Test("notes and bookmarks move to another store: export on one, import on the other")
    func moveToANewMachine() throws {
        let old = try StoreSandbox()
        let new = try StoreSandbox()
        defer {
            old.remove()
            new.remove()
        }
        let file = try old.write("speech.txt", StoreSample.speech)
        _ = try old.succeed(["notes", "add", "1.2.1", "--text", "两行\n笔记", file])
        _ = try old.succeed(["notes", "add", "closing", "--text", "结尾", file])
        _ = try old.succeed(["bookmarks", "add", "2", "--label", "纪律", file])
        let notes = try old.write("notes.json", try old.succeed(["notes", "export", "--format", "json", file]))
        let marks = try old.write("marks.json", try old.succeed(["bookmarks", "export", "--format", "json", file]))
        let copy = try new.write("speech.txt", StoreSample.speech)
        #expect(try new.succeed(["notes", "import", notes, copy]) == "imported 2 notes into \(copy); 0 already there\n")
        #expect(try new.succeed(["notes", "import", notes, copy]) == "imported 0 notes into \(copy); 2 already there\n")
        #expect(try new.succeed(["bookmarks", "import", marks, copy]).hasPrefix("imported 1 bookmarks"))
        let strip = { (tsv: String) in
            tsv.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).dropFirst() }
        }
        #expect(
            strip(try new.succeed(["notes", "list", "--tsv", copy]))
                == strip(try old.succeed(["notes", "list", "--tsv", file])))
        #expect(try new.succeed(["bookmarks", "list", "--tsv", copy]).hasSuffix("\t2\t纪律\n"))
    }

    @Test("a file that is not an export is exit 65 with one line, and nothing is written")
    func badImport() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        _ = try sandbox.succeed(["notes", "add", "1", "--text", "已有"])
        for text in ["{", #"{"items": 3}"#, #"{"items": [{"id": "x", "motivation": "commenting"}]}"#] {
            let bad = try sandbox.write("bad.json", text)
            let result = try sandbox.run(["notes", "import", bad])
            try result.expectOneLineError(containing: "bad.json")
            #expect(result.status == 65)
            #expect(result.stdout.isEmpty)
        }
        #expect(try sandbox.succeed(["notes", "list", "--tsv"]).split(separator: "\n").count == 1)
    }

    @Test("the Markdown export keeps a note's lines apart and files the closing's note under 结语/Closing")
    func markdownExport() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        _ = try sandbox.succeed(["notes", "add", "1.2.1", "--text", "第一行\n第二行"])
        _ = try sandbox.succeed(["notes", "add", "closing", "--text", "结尾的批注"])
        let environment = ["SOURCE_DATE_EPOCH": "1764374400", "LANG": "zh_CN.UTF-8"]
        let result = try StoreProcess.run(
            ["notes", "export", "--store", sandbox.store], environment: environment, input: nil,
            scratch: sandbox.directory)
        #expect(result.status == 0)
        #expect(result.stdout.contains("导出日期：2025-11-29"))
        #expect(result.stdout.contains("\n第一行\\\n第二行\n"))
        #expect(result.stdout.contains("\n## 结语\n\n> 同志们"))
        #expect(!result.stdout.contains("## 同志们"))
    }

    @Test(
        "a mistyped command names the nearest one",
        arguments: [
            (["note", "list"], "unknown command 'note' — did you mean 'notes'?"),
            (["notes", "lst"], "unknown command 'notes lst' — did you mean 'notes list'?"),
            (["bookmark", "add", "1"], "did you mean 'bookmarks'?"),
            (["outlin"], "did you mean 'outline'?"),
            (["notes", "frobnicate"], "commands: add, list, edit, remove, export, import")
        ])
    func suggestions(arguments: [String], message: String) throws {
        let result = try CommandLineBinary.run(arguments)
        #expect(result.status == 64)
        #expect(result.errorContractViolation == nil, "\(result.errorContractViolation ?? "")")
        #expect(result.err.contains(message), "\(result.err)")
    }
}
