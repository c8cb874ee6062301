import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// One node of `outline --json`, flattened in document order.
struct JSONOutlineNode {
    var path: String
    var kind: String
    var marker: String
    var title: String
    var range: Range<Int>
    var markerRange: Range<Int>
    var titleRange: Range<Int>
    var bodyRange: Range<Int>
    var childCount: Int
    var depth: Int

    /// Flattens the `nodes` array of `outline --json` (parents before children).
    static func flatten(_ json: Any?, depth: Int = 0) throws -> [JSONOutlineNode] {
        let list = try #require(json as? [[String: Any]], "nodes is not an array of objects")
        var flat: [JSONOutlineNode] = []
        for object in list {
            func range(_ key: String) throws -> Range<Int> {
                let pair = try #require(object[key] as? [Int], "\(key) is not [Int]")
                try #require(pair.count == 2 && pair[0] <= pair[1], "\(key) \(pair) is not a range")
                return pair[0]..<pair[1]
            }
            let children = try #require(object["children"] as? [Any], "children missing")
            flat.append(
                JSONOutlineNode(
                    path: try #require(object["path"] as? String), kind: try #require(object["kind"] as? String),
                    marker: try #require(object["marker"] as? String), title: try #require(object["title"] as? String),
                    range: try range("range"), markerRange: try range("markerRange"),
                    titleRange: try range("titleRange"),
                    bodyRange: try range("bodyRange"), childCount: children.count, depth: depth))
            flat += try flatten(object["children"], depth: depth + 1)
        }
        return flat
    }
}

/// The bundled speech's `outline --json`, parsed: the top-level object and its nodes, flattened.
func bundledOutlineJSON() throws -> (top: [String: Any], nodes: [JSONOutlineNode]) {
    let result = try CommandLineBinary.succeed(["outline", "--json"])
    let top = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
    return (top, try JSONOutlineNode.flatten(top["nodes"]))
}

@Suite("Command line: outline")
struct CommandLineOutlineTests {
    @Test("outline --tsv on the bundled speech prints exactly issue 2's lines, framed by PREAMBLE and CLOSING")
    func bundledTSV() throws {
        let lines = try CommandLineBinary.succeed(["outline", "--tsv"]).lines
        try #require(lines.count == GoldenOutline.bundledSpeech.count + 2, "\(lines.count) lines")
        #expect(lines.first?.hasPrefix("preamble\tPREAMBLE\t\t今天,我们召开") == true)
        #expect(lines.last?.hasPrefix("closing\tCLOSING\t\t同志们") == true)
        for (index, expected) in GoldenOutline.bundledSpeech.enumerated() {
            #expect(lines[index + 1] == expected, "line \(index + 2)")
        }
        for line in lines { #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 4) }
    }

    @Test("the default FILE is the bundled speech: the same output as naming Resources/ explicitly")
    func defaultFileIsBundled() throws {
        let implicit = try CommandLineBinary.succeed(["outline", "--tsv"])
        let explicit = try CommandLineBinary.succeed(["outline", "--tsv", Repository.bundledSpeech.path])
        #expect(implicit.stdout == explicit.stdout)
    }

    @Test("outline (text) is an indented tree with one line per node")
    func textTree() throws {
        let tree = try CommandLineBinary.succeed(["outline"]).lines
        let tsv = try CommandLineBinary.succeed(["outline", "--tsv"]).lines
        #expect(tree.count == tsv.count)
        for (line, record) in zip(tree, tsv) {
            let fields = record.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let (path, kind, marker, title) = (fields[0], fields[1], fields[2], fields[3])
            guard kind != "GAP", kind != "PREAMBLE", kind != "CLOSING" else { continue }
            let depth = path.split(separator: ".").count - 1
            let indent = String(repeating: "  ", count: depth)
            #expect(line.hasPrefix(indent + path + " "), "\(line.debugDescription) for \(path)")
            #expect(!line.hasPrefix(indent + " "), "over-indented: \(line.debugDescription)")
            if marker.isEmpty, title.isEmpty { continue }  // the untitled section says so in words
            #expect(line.contains(marker + title), "\(line.debugDescription) lacks \(marker + title)")
        }
        #expect(tree.contains { $0.contains("---此处隐藏8274字,下载后查看---") })
    }

    @Test("outline --json parses, has the same nodes as --tsv, and ranges that spell markers and titles")
    func json() throws {
        let (top, nodes) = try bundledOutlineJSON()
        let bytes = try Repository.bytes(of: Repository.bundledSpeech)
        #expect(top["offsetUnit"] as? String == "utf8")
        #expect(top["encoding"] as? String == "UTF-8")
        #expect(top["length"] as? Int == bytes.count)
        // The JSON form counts the sentences (the TSV and text forms parse without them).
        #expect((top["sentences"] as? Int ?? 0) > 100, "\(String(describing: top["sentences"]))")
        let tsv = try CommandLineBinary.succeed(["outline", "--tsv"]).lines
        #expect(nodes.map { [$0.path, $0.kind, $0.marker, $0.title].joined(separator: "\t") } == tsv)
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        for node in nodes {
            #expect(node.range.upperBound <= bytes.count, "[\(node.path)] \(node.range)")
            for inner in [node.markerRange, node.titleRange, node.bodyRange] {
                #expect(
                    node.range.lowerBound <= inner.lowerBound && inner.upperBound <= node.range.upperBound,
                    "[\(node.path)]")
            }
            if node.kind != "GAP", node.kind != "PREAMBLE", node.kind != "CLOSING" {
                #expect(text(node.markerRange) == node.marker, "[\(node.path)]")
                #expect(text(node.titleRange) == node.title, "[\(node.path)]")
            }
        }
        let item = try #require(nodes.first { $0.path == "1.2.1" })
        #expect(text(item.range).hasPrefix("一是要把群众满意度作为衡量政绩的“晴雨表”。"))
        #expect(nodes.first { $0.path == "2" }?.childCount == 3)
        #expect(nodes.filter { $0.depth == 0 }.map(\.path) == ["preamble", "1", "", "2", "closing"])
    }

    static let encodings = ["UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "GB18030"]

    @Test(
        "the speech in every encoding and line-break style gives byte-identical outline --tsv",
        arguments: encodings, ["LF", "CRLF", "CR"])
    func encodingsGiveIdenticalTSV(encoding: String, lineBreak: String) throws {
        let reference = try CommandLineBinary.succeed(["outline", "--tsv"]).stdout
        let text = String(decoding: try Repository.bytes(of: Repository.bundledSpeech), as: UTF8.self)
            .replacingOccurrences(of: "\n", with: ["LF": "\n", "CRLF": "\r\n", "CR": "\r"][lineBreak] ?? "\n")
        let bytes = try #require(commandLineEncode(text, as: encoding), "cannot encode as \(encoding)")
        let scratch = try CommandLineScratch()
        let file = try scratch.file("speech.txt", bytes)
        let result = try CommandLineBinary.succeed(["outline", "--tsv", file])
        #expect(result.stdout == reference, "\(encoding) \(lineBreak)")
    }

    @Test(
        "every corpus document's outline --tsv matches its hand-checked outline",
        arguments: Repository.corpusDocuments())
    func corpus(name: String) throws {
        let file = Repository.corpusText(name)
        let expected = try GoldenOutline.corpus(name)
        let actual = try CommandLineBinary.succeed(["outline", "--tsv", file.path]).lines
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            .filter { !["TITLE", "GAP", "PREAMBLE", "CLOSING"].contains($0[1]) }
            .map { $0.dropFirst().joined(separator: "\t") }
        #expect(actual.count == expected.count, "\(name)")
        for (index, pair) in zip(actual, expected).enumerated() where pair.0 != pair.1 {
            Issue.record("\(name) row \(index + 1): expected \(pair.1.debugDescription) got \(pair.0.debugDescription)")
            break
        }
    }

    @Test("the corpus fixtures are in the repository")
    func corpusPresent() {
        #expect(Repository.corpusDocuments().count >= 5, "no corpus at \(Repository.corpus.path)")
    }

    @Test("an empty file has an empty outline")
    func emptyFile() throws {
        let scratch = try CommandLineScratch()
        let file = try scratch.file("empty.txt", [])
        #expect(try CommandLineBinary.succeed(["outline", "--tsv", file]).stdout.isEmpty)
    }

    @Test("tabs inside a title are escaped, so every record keeps four fields")
    func tabsEscaped() throws {
        let scratch = try CommandLineScratch()
        let file = try scratch.file("tabs.txt", text: "一、甲\t乙\\丙\n（一）丁\n")
        let lines = try CommandLineBinary.succeed(["outline", "--tsv", file]).lines
        #expect(lines.first == "1\t1\t一、\t甲\\t乙\\丙")
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 4 })
    }
}

/// The bytes of `text` in one of the encodings the reader accepts.
func commandLineEncode(_ text: String, as encoding: String) -> [UInt8]? {
    func utf16(_ bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        return bytes
    }
    switch encoding {
    case "UTF-8": return Array(text.utf8)
    case "UTF-8 BOM": return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    case "UTF-16LE": return utf16(false)
    case "UTF-16BE": return utf16(true)
    case "GB18030": return commandLineIconv(text, to: "GB18030")
    default: return nil
    }
}

/// Encodes with the C library's iconv.
func commandLineIconv(_ text: String, to encoding: String) -> [UInt8]? {
    #if canImport(Glibc)
        let converter = iconv_open(encoding, "UTF-8")
        if converter == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(converter) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 || inLeft != 0 { return nil }
                return outBuffer.count - outLeft
            }
        }
        return produced.map { Array(output[..<$0]) }
    #else
        return nil
    #endif
}
