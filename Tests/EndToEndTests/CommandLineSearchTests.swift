import Foundation
import TestSupport
import Testing

/// The deepest node of `outline --json` whose range contains `offset`.
private func deepestNode(containing offset: Int, in nodes: [JSONOutlineNode]) -> JSONOutlineNode? {
    nodes.filter { $0.range.contains(offset) }.max { $0.depth < $1.depth }
}

@Suite("Command line: search")
struct CommandLineSearchTests {
    @Test("search --tsv: PATH, OFFSET, BEFORE, MATCH, AFTER; offsets point at the match in the file")
    func tsv() throws {
        let lines = try CommandLineBinary.succeed(["search", "政绩观", "--tsv"]).lines
        let bytes = try Repository.bytes(of: Repository.bundledSpeech)
        let nodes = try bundledOutlineJSON().nodes
        let expectedCount = String(decoding: bytes, as: UTF8.self).components(separatedBy: "政绩观").count - 1
        #expect(lines.count == expectedCount)
        var previous = -1
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == 5, "\(line)")
            let offset = try #require(Int(fields[1]))
            #expect(offset > previous, "matches in order")
            previous = offset
            #expect(fields[3] == "政绩观")
            let length = "政绩观".utf8.count
            #expect(String(decoding: bytes[offset..<(offset + length)], as: UTF8.self) == "政绩观", "offset \(offset)")
            #expect(fields[0] == deepestNode(containing: offset, in: nodes)?.path ?? "", "path of offset \(offset)")
            #expect(String(decoding: bytes[..<offset], as: UTF8.self).hasSuffix(fields[2]), "BEFORE is the text before")
            #expect(
                String(decoding: bytes[(offset + length)...], as: UTF8.self).hasPrefix(fields[4]),
                "AFTER is the text after")
        }
    }

    @Test("search --json parses, and each match has path, offset, length and context")
    func json() throws {
        let result = try CommandLineBinary.succeed(["search", "晴雨表", "--json"])
        let top = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        #expect(top["query"] as? String == "晴雨表")
        #expect(top["offsetUnit"] as? String == "utf8")
        let matches = try #require(top["matches"] as? [[String: Any]])
        #expect(!matches.isEmpty)
        let bytes = try Repository.bytes(of: Repository.bundledSpeech)
        for match in matches {
            let offset = try #require(match["offset"] as? Int)
            let length = try #require(match["length"] as? Int)
            #expect(String(decoding: bytes[offset..<(offset + length)], as: UTF8.self) == "晴雨表")
            #expect(match["match"] as? String == "晴雨表")
            #expect(match["path"] is String && match["before"] is String && match["after"] is String)
        }
        #expect(matches.first?["path"] as? String == "1.2.1")
    }

    @Test("search (text) marks each match and names its path")
    func text() throws {
        let lines = try CommandLineBinary.succeed(["search", "晴雨表"]).lines
        #expect(!lines.isEmpty)
        #expect(lines.first?.hasPrefix("1.2.1\t") == true)
        #expect(lines.allSatisfy { $0.contains("【晴雨表】") })
    }

    @Test(
        "search folds half/full width and Latin case",
        arguments: [
            ("（一）", "(一)"), ("，提升政绩格局站位", ",提升政绩格局站位"), ("：深刻把握", ":深刻把握")
        ])
    func folding(query: String, written: String) throws {
        let folded = try CommandLineBinary.succeed(["search", query, "--tsv"]).lines
        let exact = try CommandLineBinary.succeed(["search", written, "--tsv"]).lines
        #expect(!folded.isEmpty)
        #expect(folded == exact)
        #expect(
            folded.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false)[3] == Substring(written) })
    }

    @Test("search folds digits and Latin case in a document")
    func foldingInFile() throws {
        let scratch = try CommandLineScratch()
        let file = try scratch.file("latin.txt", text: "一、GDP增长１２％\n（一）gdp与Gdp，12%。\n")
        let lines = try CommandLineBinary.succeed(["search", "ｇｄｐ", file, "--tsv"]).lines
        #expect(lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false)[3] } == ["GDP", "gdp", "Gdp"])
        let digits = try CommandLineBinary.succeed(["search", "12%", file, "--tsv"]).lines
        #expect(digits.map { $0.split(separator: "\t", omittingEmptySubsequences: false)[3] } == ["１２％", "12%"])
        #expect(digits.first?.hasPrefix("1\t") == true)
        #expect(digits.last?.hasPrefix("1.1\t") == true)
    }

    @Test("no match is exit 1 with one error line, in every format", arguments: ["", "--tsv", "--json"])
    func noMatch(format: String) throws {
        let result = try CommandLineBinary.run(["search", "这句话不在讲话里"] + (format.isEmpty ? [] : [format]))
        #expect(result.status == 1)
        #expect(result.errorContractViolation == nil, "\(result.errorContractViolation ?? "")")
    }

    @Test("an empty query is refused with one error line")
    func emptyQuery() throws {
        let result = try CommandLineBinary.run(["search", ""])
        #expect(result.errorContractViolation == nil, "\(result.errorContractViolation ?? "")")
    }

    @Test("matches in a CRLF file: offsets count CR and LF as bytes of the decoded text")
    func crlfOffsets() throws {
        let scratch = try CommandLineScratch()
        let file = try scratch.file("crlf.txt", text: "一、甲\r\n（一）乙目标\r\n目标。\r\n")
        let lines = try CommandLineBinary.succeed(["search", "目标", file, "--tsv"]).lines
        let offsets = lines.map { Int($0.split(separator: "\t", omittingEmptySubsequences: false)[1]) }
        #expect(offsets == [23, 31])
        #expect(lines.allSatisfy { $0.hasPrefix("1.1\t") })
    }
}
