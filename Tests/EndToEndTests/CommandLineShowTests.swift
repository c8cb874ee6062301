import Foundation
import TestSupport
import Testing

/// Terminal columns of a scalar, enough for the speech: East Asian wide and fullwidth ranges
/// are 2 (ambiguous ones such as “ ” — … count 1), controls and combining marks 0.
func commandLineWidth(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
        0x1F900...0x1F9FF, 0x20000...0x3FFFD
    ]
    return wide.contains { $0.contains(value) } ? 2 : 1
}

func commandLineWidth(_ text: some StringProtocol) -> Int {
    text.unicodeScalars.reduce(0) { $0 + commandLineWidth($1) }
}

@Suite("Command line: show")
struct CommandLineShowTests {
    @Test(
        "show prints a node's text with its descendants",
        arguments: [
            ("1.2.1", "一是要把群众满意度作为衡量政绩的“晴雨表”。"),
            ("2.3.3", "三是要提升专业能力"),
            ("1", "一、溯源固本:深刻把握正确政绩观的核心要义与时代要求"),
            ("2", "认识的目的在于实践。"),
            ("preamble", "今天,我们召开全局机关干部廉政警示教育大会"),
            ("closing", "同志们,政绩观是一面镜子")
        ])
    func showStarts(path: String, prefix: String) throws {
        let result = try CommandLineBinary.succeed(["show", path])
        #expect(result.out.hasPrefix(prefix), "show \(path): \(result.out.prefix(60).debugDescription)")
        #expect(result.out.hasSuffix("\n"))
    }

    @Test(
        "show's text is exactly the node's range in the file, as outline --json gives it",
        arguments: ["1", "1.1", "1.2.1", "1.3.3", "2", "2.1", "2.3.3", "preamble", "closing"])
    func showMatchesJSONRange(path: String) throws {
        let nodes = try bundledOutlineJSON().nodes
        let node = try #require(nodes.first { $0.path == path })
        let bytes = try Repository.bytes(of: Repository.bundledSpeech)
        let expected = String(decoding: bytes[node.range], as: UTF8.self)
        let shown = try CommandLineBinary.succeed(["show", path]).out
        // Paragraphs are broken where the reader breaks them, and indentation is dropped: the
        // characters are the same, the white space differs.
        #expect(shown.filter { !$0.isWhitespace } == expected.filter { !$0.isWhitespace })
        #expect(shown.hasSuffix("\n") && !shown.hasSuffix("\n\n"))
        if path == "1" { #expect(shown.contains("三是要坚持系统观念谋划推进工作"), "descendants are included") }
        if path == "1.2.1" { #expect(!shown.contains("二是要把保障"), "the next sibling is not") }
    }

    @Test("an unknown path is exit 1 with one error line", arguments: ["9", "1.9", "1.1.1.1", "3.1"])
    func unknownPath(path: String) throws {
        let result = try CommandLineBinary.run(["show", path])
        #expect(result.status == 1)
        #expect(result.errorContractViolation == nil, "\(result.errorContractViolation ?? "")")
    }

    @Test(
        "a malformed path is a non-zero exit with one error line",
        arguments: ["1..2", "-1", "abc", "1.", ".1", "0", "1.0", "１", "", "1 2", "preamble.1", "\u{1B}[2J"])
    func malformedPath(path: String) throws {
        let result = try CommandLineBinary.run(["show", path])
        #expect(
            result.errorContractViolation == nil,
            "show \(path.debugDescription): \(result.errorContractViolation ?? "")")
        #expect(!result.stderr.contains(0x1B), "raw ESC on stderr")
    }

    @Test("--width outside 1…10000 or not a number is refused", arguments: ["0", "-5", "10001", "abc"])
    func badWidth(width: String) throws {
        let result = try CommandLineBinary.run(["show", "1", "--width", width])
        #expect(result.errorContractViolation == nil, "--width \(width): \(result.errorContractViolation ?? "")")
    }

    /// The clreq prohibitions, with the half-width forms the speech mostly uses (`,` `(` `)` `:`).
    static let opening: Set<Character> = ["（", "「", "『", "“", "‘", "《", "("]
    static let closing: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "”", "’", "》",
        ",", ";", ":", "?", "!", ")"
    ]

    @Test("show --width N wraps node 1 within N columns, by the CJK rules, losing nothing", arguments: 10...80)
    func wrapping(width: Int) throws {
        let plain = try CommandLineBinary.succeed(["show", "1"]).out
        let wrapped = try CommandLineBinary.succeed(["show", "1", "--width", String(width)])
        let lines = wrapped.lines
        #expect(lines.count > plain.split(separator: "\n").count, "nothing was wrapped")
        for (index, line) in lines.enumerated() {
            #expect(commandLineWidth(line) <= width, "line \(index + 1) is \(commandLineWidth(line)) wide: \(line)")
            if let first = line.first {
                #expect(!Self.closing.contains(first), "line \(index + 1) starts with \(first): \(line)")
            }
            if let last = line.last {
                #expect(!Self.opening.contains(last), "line \(index + 1) ends with \(last): \(line)")
            }
            if line.contains("……") || index + 1 == lines.count { continue }
            // —— and …… are never split across lines.
            let next = lines[index + 1]
            #expect(!(line.hasSuffix("…") && next.hasPrefix("…")), "…… split after line \(index + 1)")
            #expect(!(line.hasSuffix("—") && next.hasPrefix("—")), "—— split after line \(index + 1)")
        }
        #expect(
            lines.joined() == plain.replacingOccurrences(of: "\n", with: ""),
            "the lines do not concatenate back to the text")
    }

    @Test("show --width keeps paragraph breaks: each paragraph wraps on its own, blank lines as in the reader")
    func wrappingKeepsParagraphs() throws {
        let scratch = try CommandLineScratch()
        let file = try scratch.file("short.txt", text: "一、标题\n第一段文字很长很长很长。\n\n第二段。\n")
        let result = try CommandLineBinary.succeed(["show", "1", file, "--width", "12"])
        #expect(result.lines == ["一、标题", "第一段文字很", "长很长很长。", "第二段。"])
    }
}
