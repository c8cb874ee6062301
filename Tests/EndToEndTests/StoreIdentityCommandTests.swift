import Foundation
import TestSupport
import Testing

/// Copies, renames and duplicate bookmarks through the real binary (issue 11).
@Suite("Store command line: copies, renames, one bookmark per place", .serialized)
struct StoreIdentityCommandTests {
    private func copy(_ sandbox: StoreSandbox, _ from: String, _ name: String) throws -> String {
        let path = sandbox.directory + "/" + name
        try FileManager.default.copyItem(atPath: from, toPath: path)
        return path
    }

    private func states(_ sandbox: StoreSandbox, _ file: String) throws -> [String] {
        try sandbox.succeed(["notes", "list", "--tsv", file]).split(separator: "\n").map {
            String($0.split(separator: "\t", omittingEmptySubsequences: false)[2])
        }
    }

    @Test("a copy that is opened, then edited, leaves the original its notes, exact")
    func copyThenEdit() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        let original = try sandbox.write("v1.txt", StoreSample.speech)
        _ = try sandbox.succeed(["notes", "add", "1.2.1", "--text", "原稿\n两行", original])
        let copy = try copy(sandbox, original, "v3.txt")
        #expect(try states(sandbox, copy) == ["exact"])
        _ = try sandbox.write("v3.txt", "新增的开头一段。\n" + StoreSample.speech)
        #expect(try states(sandbox, copy) == ["moved"])
        let listed = try sandbox.succeed(["notes", "list", "--tsv", original])
        #expect(listed.hasSuffix("\t1.2.1\texact\t一是要坚持调查研究，掌握实际情况。\t原稿\\n两行\n"), "\(listed)")
        // Each has its own note: removing the copy's leaves the original's.
        let copyID = try sandbox.succeed(["notes", "list", "--tsv", copy]).prefix { $0 != "\t" }
        _ = try sandbox.succeed(["notes", "remove", String(copyID)])
        #expect(try states(sandbox, original) == ["exact"])
        #expect(try states(sandbox, copy).isEmpty)
    }

    @Test("a rename takes the notes along; the old path is gone")
    func rename() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        let original = try sandbox.write("v1.txt", StoreSample.speech)
        _ = try sandbox.succeed(["notes", "add", "1.1.1", "--text", "跟随", original])
        let renamed = sandbox.directory + "/v2.txt"
        try FileManager.default.moveItem(atPath: original, toPath: renamed)
        #expect(try states(sandbox, renamed) == ["exact"])
        _ = try sandbox.write("v1.txt", StoreSample.speech)
        // The notes went with the rename; a new file at the old path is a copy of the renamed one.
        #expect(try states(sandbox, original) == ["exact"])
        #expect(try states(sandbox, renamed) == ["exact"])
    }

    @Test("edit, then copy: the copy starts with the placed notes, the original keeps them")
    func editThenCopy() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        let original = try sandbox.write("v1.txt", StoreSample.speech)
        _ = try sandbox.succeed(["notes", "add", "1.2.1", "--text", "n", original])
        _ = try sandbox.succeed(["bookmarks", "add", "2", original])
        _ = try sandbox.write("v1.txt", "新增的开头一段。\n" + StoreSample.speech)
        #expect(try states(sandbox, original) == ["moved"])
        let copy = try copy(sandbox, original, "v3.txt")
        #expect(try states(sandbox, copy) == ["moved"])
        #expect(try sandbox.succeed(["bookmarks", "list", "--tsv", copy]).hasSuffix("\t2\t\n"))
        _ = try sandbox.succeed(["notes", "add", "2.1", "--text", "只在副本", copy])
        #expect(try states(sandbox, original) == ["moved"])
        #expect(try states(sandbox, copy) == ["moved", "exact"])
    }

    @Test("two copies used at once by two processes keep their own notes")
    func twoCopiesAtOnce() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        let original = try sandbox.write("v1.txt", StoreSample.speech)
        _ = try sandbox.succeed(["notes", "add", "preamble", "--text", "共同", original])
        let first = try copy(sandbox, original, "a.txt")
        let second = try copy(sandbox, original, "b.txt")
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["SPEECHREADER_STORE"] = sandbox.store
        let binary = try SpeechreaderBinary.path()
        let launched = try [(first, "甲"), (second, "乙")].flatMap { file, text in
            try (1...5).map { index in
                try ChildProcess.start(
                    binary, ["notes", "add", "1.1.1", "--text", "\(text)\(index)", file], environment: environment)
            }
        }
        for process in launched {
            let result = try process.wait()
            #expect(result.status == 0, "\(result.errors)")
        }
        let texts = { (file: String) throws -> [String] in
            try sandbox.succeed(["notes", "list", "--tsv", file]).split(separator: "\n").map {
                String($0.split(separator: "\t").last ?? "")
            }
        }
        #expect(try texts(first).sorted() == ["共同", "甲1", "甲2", "甲3", "甲4", "甲5"])
        #expect(try texts(second).sorted() == ["乙1", "乙2", "乙3", "乙4", "乙5", "共同"])
        #expect(try texts(original) == ["共同"])
    }

    @Test("bookmarks add twice at one place keeps one: a notice, or a relabel")
    func duplicateBookmark() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        #expect(try sandbox.succeed(["bookmarks", "add", "2.1"]) == "1\n")
        let again = try sandbox.run(["bookmarks", "add", "2.1"])
        #expect(again.status == 0)
        #expect(again.stdout == "1\n")
        #expect(again.stderr.hasPrefix("speechreader: bookmark 1 is already at 2.1"), "\(again.stderr)")
        #expect(again.stderr.split(separator: "\n").count == 1)
        let relabel = try sandbox.run(["bookmarks", "add", "2.1", "--label", "淬炼"])
        #expect(relabel.status == 0)
        #expect(relabel.stdout == "1 relabelled “淬炼” (was “”)\n")
        #expect(relabel.stderr.isEmpty)
        #expect(try sandbox.run(["bookmarks", "add", "2.1", "--label", "淬炼"]).stderr.contains("already at 2.1"))
        #expect(try sandbox.succeed(["bookmarks", "list", "--tsv"]) == "1\t2.1\t淬炼\n")
    }
}
