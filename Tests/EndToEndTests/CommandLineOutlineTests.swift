import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The bundled speech's `outline --tsv` lines between PREAMBLE and CLOSING, as issue 2 lists them.
let commandLineBundledOutline: [String] = [
    "1\t1\t一、\t溯源固本:深刻把握正确政绩观的核心要义与时代要求",
    "1.1\t2\t(一)\t坚持党性原则,校准政绩创造的政治坐标",
    "1.1.1\tR\t一是\t要强化政治忠诚,确保政绩方向不偏",
    "1.1.2\tR\t二是\t要心怀“国之大者”,提升政绩格局站位",
    "1.1.3\tR\t三是\t要严守政治纪律,净化政绩创造环境",
    "1.2\t2\t(二)\t恪守人民立场,锚定政绩评价的根本标准",
    "1.2.1\tR\t一是\t要把群众满意度作为衡量政绩的“晴雨表”",
    "1.2.2\tR\t二是\t要把保障和改善民生作为创造政绩的“出发点”",
    "1.2.3\tR\t三是\t要把维护群众利益作为检验政绩的“试金石”",
    "1.3\t2\t(三)\t遵循发展规律,夯实政绩创造的科学基础",
    "1.3.1\tR\t一是\t要尊重城市建设和发展规律",
    "1.3.2\tR\t二是\t要践行新发展理念指导工作实践",
    "1.3.3\tR\t三是\t要坚持系统观念谋划推进工作",
    "\tGAP\t\t---此处隐藏8274字,下载后查看---",
    "2\t1\t\t",
    "2.1\t2\t(一)\t强化思想淬炼,筑牢“为官一任、造福一方”的价值根基",
    "2.1.1\tR\t一是\t要深化理论学习,掌握思想武器",
    "2.1.2\tR\t二是\t要加强党性教育,砥砺初心使命",
    "2.1.3\tR\t三是\t要涵养文化底蕴,提升境界格局",
    "2.2\t2\t(二)\t健全制度保障,构建“科学考评、规范用权”的运行机制",
    "2.2.1\tR\t一是\t要完善考核评价体系",
    "2.2.2\tR\t二是\t要规范权力运行流程",
    "2.2.3\tR\t三是\t要落实容错纠错机制",
    "2.3\t2\t(三)\t砥砺务实作风,锤炼“真抓实干、善作善成”的过硬本领",
    "2.3.1\tR\t一是\t要坚持调查研究,掌握实情",
    "2.3.2\tR\t二是\t要发扬斗争精神,攻坚克难",
    "2.3.3\tR\t三是\t要提升专业能力,精益求精"
]

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
        try #require(lines.count == commandLineBundledOutline.count + 2, "\(lines.count) lines")
        #expect(lines.first?.hasPrefix("preamble\tPREAMBLE\t\t今天,我们召开") == true)
        #expect(lines.last?.hasPrefix("closing\tCLOSING\t\t同志们") == true)
        for (index, expected) in commandLineBundledOutline.enumerated() {
            #expect(lines[index + 1] == expected, "line \(index + 2)")
        }
        for line in lines { #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 4) }
    }

    @Test("the default FILE is the bundled speech: the same output as naming Resources/ explicitly")
    func defaultFileIsBundled() throws {
        let implicit = try CommandLineBinary.succeed(["outline", "--tsv"])
        let explicit = try CommandLineBinary.succeed(["outline", "--tsv", CommandLineFixtures.bundledSpeech.path])
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
        let bytes = try CommandLineFixtures.bundledSpeechBytes()
        #expect(top["offsetUnit"] as? String == "utf8")
        #expect(top["encoding"] as? String == "UTF-8")
        #expect(top["length"] as? Int == bytes.count)
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
        let text = String(decoding: try CommandLineFixtures.bundledSpeechBytes(), as: UTF8.self)
            .replacingOccurrences(of: "\n", with: ["LF": "\n", "CRLF": "\r\n", "CR": "\r"][lineBreak] ?? "\n")
        let bytes = try #require(commandLineEncode(text, as: encoding), "cannot encode as \(encoding)")
        let scratch = try CommandLineScratch()
        let file = try scratch.file("speech.txt", bytes)
        let result = try CommandLineBinary.succeed(["outline", "--tsv", file])
        #expect(result.stdout == reference, "\(encoding) \(lineBreak)")
    }

    @Test(
        "every corpus document's outline --tsv matches its hand-checked outline",
        arguments: CommandLineFixtures.corpusDocuments())
    func corpus(name: String) throws {
        let file = CommandLineFixtures.corpus.appendingPathComponent(name)
        let outline = file.deletingPathExtension().appendingPathExtension("outline.txt")
        let expected = try String(contentsOf: outline, encoding: .utf8).split(separator: "\n").map(String.init)
        let actual = try CommandLineBinary.succeed(["outline", "--tsv", file.path]).lines
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            .filter { !["GAP", "PREAMBLE", "CLOSING"].contains($0[1]) }
            .map { $0.dropFirst().joined(separator: "\t") }
        #expect(actual.count == expected.count, "\(name)")
        for (index, pair) in zip(actual, expected).enumerated() where pair.0 != pair.1 {
            Issue.record("\(name) row \(index + 1): expected \(pair.1.debugDescription) got \(pair.0.debugDescription)")
            break
        }
    }

    @Test("the corpus is present beside the repository")
    func corpusPresent() {
        #expect(CommandLineFixtures.corpusDocuments().count >= 5, "no corpus at \(CommandLineFixtures.corpus.path)")
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
