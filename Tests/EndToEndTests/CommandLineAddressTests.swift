import Foundation
import TestSupport
import Testing

/// Addresses, title fallback, pinyin and scoped search, outline --stats and requirements, through the binary.
@Suite("Command line: addresses, pinyin, stats, requirements")
struct CommandLineAddressTests {
    @Test("show accepts the document's numbering: 一(二) prints what 1.2 prints")
    func numberingEqualsPath() throws {
        let byPath = try CommandLineBinary.succeed(["show", "1.2"]).out
        for address in ["一(二)", "一（二）", "一、（二）", "一.二"] {
            #expect(try CommandLineBinary.succeed(["show", address]).out == byPath, "\(address)")
        }
    }

    @Test("show 一（二）二是 prints the second requirement of (二)")
    func requirementAddress() throws {
        let shown = try CommandLineBinary.succeed(["show", "一（二）二是"]).out
        #expect(shown.hasPrefix("二是要把保障和改善民生"))
        #expect(try CommandLineBinary.succeed(["show", "1.2.2"]).out == shown)
    }

    @Test("Chinese names of the preamble and the closing")
    func names() throws {
        #expect(
            try CommandLineBinary.succeed(["show", "开篇"]).out
                == (try CommandLineBinary.succeed(["show", "preamble"]).out))
        #expect(
            try CommandLineBinary.succeed(["show", "结语"]).out
                == (try CommandLineBinary.succeed(["show", "closing"]).out))
    }

    @Test("an ambiguous address is exit 64 with one line listing the candidate paths")
    func ambiguous() throws {
        let result = try CommandLineBinary.run(["show", "(一)"])
        #expect(result.status == 64)
        #expect(result.errorContractViolation == nil, "\(result.errorContractViolation ?? "")")
        #expect(result.err.contains("1.1, 2.1"), "\(result.err)")
    }

    @Test("a numbering address that names nothing is exit 1")
    func notFound() throws {
        let result = try CommandLineBinary.run(["show", "一(九)"])
        #expect(result.status == 1)
        #expect(result.errorContractViolation == nil)
    }

    @Test("show falls back to a unique title; several titles are exit 64 listing them")
    func titleFallback() throws {
        let shown = try CommandLineBinary.succeed(["show", "容错"]).out
        #expect(try shown == CommandLineBinary.succeed(["show", "2.2.3"]).out)
        #expect(try CommandLineBinary.succeed(["show", "rongcuo"]).out == shown, "by pinyin")
        let several = try CommandLineBinary.run(["show", "政绩"])
        #expect(several.status == 64)
        #expect(several.errorContractViolation == nil)
        #expect(several.err.contains("1.1 (一)坚持党性原则"), "\(several.err)")
    }

    @Test("notes add and bookmarks add take addresses too")
    func storeCommands() throws {
        let scratch = try CommandLineScratch()
        let store = scratch.url.appendingPathComponent("store").path
        let bookmark = try CommandLineBinary.succeed(["bookmarks", "add", "二(二)三是", "--store", store])
        #expect(bookmark.out == "1\n")
        let list = try CommandLineBinary.succeed(["bookmarks", "list", "--tsv", "--store", store])
        #expect(list.lines.first?.split(separator: "\t").dropFirst().first == "2.2.3")
        #expect(try CommandLineBinary.succeed(["notes", "add", "开篇", "--text", "n", "--store", store]).out == "1\n")
    }

    @Test("search zhengjiguan finds exactly the offsets of 政绩观; zjg and zhengjg find them all")
    func pinyinSearch() throws {
        func offsets(_ query: String, _ extra: [String] = []) throws -> [String] {
            try CommandLineBinary.succeed(["search", query, "--tsv"] + extra).lines.map { line in
                String(line.split(separator: "\t", omittingEmptySubsequences: false)[1])
            }
        }
        let literal = try offsets("政绩观")
        #expect(literal.count > 20)
        #expect(try offsets("zhengjiguan") == literal)
        #expect(Set(try offsets("zjg")).isSuperset(of: literal))
        #expect(Set(try offsets("zhengjg")).isSuperset(of: literal))
        let plain = try CommandLineBinary.run(["search", "zhengjiguan", "--literal"])
        #expect(plain.status == 1, "--literal turns pinyin off")
    }

    @Test("search --in limits matches to one node; --regex matches a pattern; a bad pattern is exit 64")
    func scopedAndRegex() throws {
        let all = try CommandLineBinary.succeed(["search", "政绩观", "--tsv"]).lines
        let inside = try CommandLineBinary.succeed(["search", "政绩观", "--tsv", "--in", "一(二)"]).lines
        #expect(!inside.isEmpty && inside.count < all.count)
        #expect(inside.allSatisfy { $0.hasPrefix("1.2\t") || $0.hasPrefix("1.2.") })
        let regex = try CommandLineBinary.succeed(["search", "--regex", "政绩观{1}", "--tsv"]).lines
        #expect(regex == all)
        let bad = try CommandLineBinary.run(["search", "--regex", "政绩(观"])
        #expect(bad.status == 64)
        #expect(bad.errorContractViolation == nil, "\(bad.errorContractViolation ?? "")")
    }

    @Test(
        "outline --stats --tsv: CHARS and MINUTES after TITLE, MINUTES = CHARS ÷ rate to one decimal",
        arguments: [nil, 150])
    func stats(rate: Int?) throws {
        let rateArguments = rate.map { ["--rate", String($0)] } ?? []
        let lines = try CommandLineBinary.succeed(["outline", "--stats", "--tsv"] + rateArguments).lines
        let plain = try CommandLineBinary.succeed(["outline", "--tsv"]).lines
        #expect(lines.count == plain.count)
        for (line, base) in zip(lines, plain) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            #expect(fields.count == 6)
            #expect(fields.prefix(4).joined(separator: "\t") == base)
            let chars = try #require(Int(fields[4]))
            let expected = (Double(chars) / Double(rate ?? 220) * 10).rounded() / 10
            #expect(fields[5] == String(format: "%.1f", expected), "\(line)")
        }
        #expect(lines[1].hasPrefix("1\t1\t一、") && lines[1].split(separator: "\t")[4] != "0")
    }

    @Test("--rate must be a positive integer used with --stats", arguments: ["0", "-3", "abc", "1.5"])
    func badRate(rate: String) throws {
        let result = try CommandLineBinary.run(["outline", "--stats", "--rate", rate])
        #expect(result.status == 64)
        #expect(result.errorContractViolation == nil)
    }

    @Test("requirements lists each requirement under its heading, with counts")
    func requirements() throws {
        let tsv = try CommandLineBinary.succeed(["requirements", "--tsv"]).lines
        #expect(tsv.count == 18)
        #expect(tsv.first == "1.1\t1.1.1\t一是\t要强化政治忠诚,确保政绩方向不偏")
        let scoped = try CommandLineBinary.succeed(["requirements", "--in", "二(二)", "--tsv"]).lines
        #expect(scoped.map { $0.split(separator: "\t")[1] } == ["2.2.1", "2.2.2", "2.2.3"])
        let text = try CommandLineBinary.succeed(["requirements"]).out
        #expect(text.contains("1.1  (一)坚持党性原则,校准政绩创造的政治坐标  [3]"))
        let json = try CommandLineBinary.succeed(["requirements", "--json"]).out
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(decoded?["count"] as? Int == 18)
    }
}
