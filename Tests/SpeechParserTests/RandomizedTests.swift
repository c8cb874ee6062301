import Foundation
import TestSupport
import Testing

@testable import SpeechParser

/// Seeded, deterministic fuzzing of the decoder and the parser: never a crash, and every
/// structural promise (`DocumentInvariants`) holds for whatever comes in.
@Suite("Randomized parsing")
struct RandomizedTests {
    /// Pieces of outline-like text: markers, traps, punctuation, CJK, digits, spaces, controls.
    static let pieces: [String] = [
        "一、", "二、", "十一、", "二十、", "（一）", "(二)", "（三)", "1.", "2．", "3、", "（1）", "(2)", "①", "一是", "二是",
        "三是", "一要", "二要", "第一，", "第二,", "首先，", "其次，", "最后，", "第一部分", "统一、", "二、三级", "一、二、三",
        "第一阶段", "世界第一，", "3.0、", "1.5亿", "（2022年）", "（大笑）", "《（4）》", "一九九七年", "首先要", "(创新)", "(共享",
        "。", "！", "？", "；", "：", "，", "、", "!", "?", ";", ":", ",", ".", "……", "…", "“", "”", "《", "》", "（", "）",
        "(", ")", "「", "」", "——", "甲", "乙", "政绩观", "同志们，", "各位代表", "隐藏", "字", "下载后查看",
        "---此处隐藏100字,下载后查看---", "……（此处省略20字）……", "1", "22", "１", "0", " ", "\u{3000}", "\t", "\u{A0}",
        "\n", "\n", "\n", "\r\n", "\r", "\u{2028}", "\u{85}", "\u{1B}", "\u{7}", "\u{202E}", "👨‍👩‍👧", "e\u{301}", "\u{FEFF}"
    ]

    static func randomText(using generator: inout SeededGenerator, lineBreaks: Bool = true) -> String {
        let count = Int.random(in: 0..<60, using: &generator)
        var text = ""
        for _ in 0..<count {
            let piece = pieces.randomElement(using: &generator) ?? ""
            if !lineBreaks, piece.contains(where: \.isNewline) {
                text += "\n"
                continue
            }
            text += piece
        }
        return text
    }

    @Test("2,000 random mixtures of markers, punctuation, CJK and line breaks keep every invariant")
    func randomMixtures() {
        var generator = SeededGenerator(seed: 20_260_401)
        var failures = 0
        for iteration in 0..<2_000 {
            let text = Self.randomText(using: &generator)
            let document = parse(text)
            let violations = DocumentInvariants.violations(in: document)
            if !violations.isEmpty, failures < 5 {
                failures += 1
                Issue.record("iteration \(iteration) text \(text.debugDescription): \(violations.prefix(3))")
            }
            #expect(document.text == text, "the text is never rewritten")
            let again = parse(text)
            #expect(again.nodes == document.nodes && again.sentences == document.sentences, "parsing is deterministic")
        }
    }

    @Test("2,000 random mixtures: every non-space character lies in a sentence")
    func randomSentencesCoverText() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            let text = Self.randomText(using: &generator, lineBreaks: false)
            let document = parse(text)
            var covered = [Bool](repeating: false, count: document.utf8Count)
            for sentence in document.sentences { for offset in sentence { covered[offset] = true } }
            var offset = 0
            for scalar in text.unicodeScalars {
                let isSpace = [" ", "\t", "\n", "\u{3000}", "\u{A0}"].contains(scalar)
                if !isSpace, !covered[offset] {
                    Issue.record("\(text.debugDescription): \(scalar.debugDescription) at \(offset) is in no sentence")
                    return
                }
                offset += String(scalar).utf8.count
            }
        }
    }

    @Test("1,000 random texts give the same outline with LF, CRLF and CR line breaks")
    func lineBreakStylesAgree() {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<1_000 {
            let text = Self.randomText(using: &generator, lineBreaks: false)
            let reference = parse(text)
            for lineBreak in ["\r\n", "\r"] {
                let other = parse(text.replacingOccurrences(of: "\n", with: lineBreak))
                if other.tsvLines != reference.tsvLines || other.sentenceStrings != reference.sentenceStrings {
                    Issue.record(
                        "\(text.debugDescription) with \(lineBreak.debugDescription): \(other.tsvLines) vs \(reference.tsvLines)"
                    )
                    return
                }
            }
        }
    }

    @Test("2,000 arbitrary byte strings: decoding throws a SpeechParserError or gives a valid document")
    func arbitraryBytes() {
        var generator = SeededGenerator(seed: 0xDEAD_BEEF)
        let prefixes: [[UInt8]] = [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]
        var decoded = 0
        for iteration in 0..<2_000 {
            let length = Int.random(in: 0..<300, using: &generator)
            var bytes = prefixes[iteration % prefixes.count]
            // Mix raw bytes with UTF-8 fragments of the pieces, so some inputs are nearly text.
            while bytes.count < length {
                if Bool.random(using: &generator) {
                    bytes.append(UInt8.random(in: 0...255, using: &generator))
                } else {
                    bytes += Array((Self.pieces.randomElement(using: &generator) ?? "").utf8)
                }
            }
            do {
                let document = try Document(bytes: bytes)
                decoded += 1
                let violations = DocumentInvariants.violations(in: document)
                if !violations.isEmpty {
                    Issue.record("bytes \(bytes): \(violations.prefix(3))")
                    return
                }
            } catch {
                #expect(error is SpeechParserError)
                #expect(!"\(error)".contains("\n"))
            }
        }
        #expect(decoded > 0, "some random inputs decode")
    }

    @Test("random UTF-8 text round-trips through the decoder unchanged")
    func utf8RoundTrip() throws {
        var generator = SeededGenerator(seed: 12_345)
        for _ in 0..<500 {
            var text = Self.randomText(using: &generator).filter {
                !$0.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" }
            }
            // A leading U+FEFF in UTF-8 is a byte-order mark, which the decoder rightly drops.
            while text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            let decoded = try SpeechDecoder.decode(Array(text.utf8))
            #expect(decoded.text == text)
            let utf16 = try SpeechDecoder.decode(utf16Bytes(text, bigEndian: Bool.random(using: &generator)))
            #expect(utf16.text == text)
        }
    }

    @Test("a long generated document parses and keeps its invariants")
    func longDocument() {
        var generator = SeededGenerator(seed: 2_026)
        var text = ""
        for section in 1...30 {
            text += "\(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][(section - 1) % 10])、第\(section)部分的标题\n"
            for item in 1...5 {
                text +=
                    "（\(["一", "二", "三", "四", "五"][item - 1])）小节标题。"
                    + Self.randomText(using: &generator, lineBreaks: false) + "\n"
                text += "一是要落实。二是要推进。三是要总结。\n"
            }
        }
        let document = parse(text)
        #expect(document.nodes.filter { $0.kind == .heading(level: 1) }.count >= 30)
        #expect(DocumentInvariants.violations(in: document) == [])
    }
}

/// The invariant checker itself must be able to fail: broken documents built by hand.
@Suite("Invariant checker")
struct InvariantCheckerTests {
    static func broken(_ change: (inout [Node], inout [Range<Int>]) -> Void) -> Document {
        let good = parse("一、甲\n（一）乙。丙。\n二、丁")
        var nodes = good.nodes
        var sentences = Array(good.sentences)
        change(&nodes, &sentences)
        return Document(
            text: good.text, nodes: nodes, roots: good.roots, sentences: OffsetRanges(sentences), blocks: good.blocks)
    }

    @Test("a well-formed document has no violations")
    func wellFormed() {
        #expect(DocumentInvariants.violations(in: Self.broken { _, _ in }) == [])
    }

    @Test("each kind of breakage is reported")
    func breakagesAreReported() {
        let breakages: [(String, (inout [Node], inout [Range<Int>]) -> Void)] = [
            ("range past the end", { nodes, _ in nodes[2].range = nodes[2].range.lowerBound..<999 }),
            ("range inside a character", { nodes, _ in nodes[0].range = 1..<nodes[0].range.upperBound }),
            ("marker range not spelling the marker", { nodes, _ in nodes[0].markerRange = 0..<3 }),
            ("title range not spelling the title", { nodes, _ in nodes[1].title = "错" }),
            (
                "child outside parent",
                { nodes, _ in nodes[1].range = nodes[1].range.lowerBound..<nodes[2].range.upperBound }
            ),
            ("duplicate path", { nodes, _ in nodes[2].path = "1" }),
            ("wrong ordinal", { nodes, _ in nodes[1].path = "1.2" }),
            (
                "overlapping sentences",
                { _, sentences in sentences[1] = sentences[0].lowerBound..<sentences[1].upperBound }
            ),
            (
                "sentence across a line break",
                { _, sentences in
                    sentences[0] = sentences[0].lowerBound..<sentences[1].upperBound
                    sentences.remove(at: 1)
                }
            ),
            (
                "sentence across a node start",
                { _, sentences in sentences[1] = sentences[1].lowerBound - 2..<sentences[1].upperBound }
            )
        ]
        for (name, change) in breakages {
            #expect(!DocumentInvariants.violations(in: Self.broken(change)).isEmpty, "\(name) went unnoticed")
        }
    }
}
