import BundledSpeech
import Foundation
import Testing

@testable import SpeechParser

/// The outline of the bundled speech as issue 2 lists it (PATH, KIND, MARKER, TITLE), between
/// one PREAMBLE line and one CLOSING line.
let bundledSpeechOutline: [String] = [
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

/// Describes the first difference between two row lists, or nil when they are equal.
func firstDifference<T: Equatable & CustomStringConvertible>(_ actual: [T], _ expected: [T]) -> String? {
    for index in 0..<max(actual.count, expected.count) {
        let got = index < actual.count ? actual[index].description : "(nothing)"
        let want = index < expected.count ? expected[index].description : "(nothing)"
        if got != want {
            return
                "row \(index + 1) of \(expected.count) expected: \(want.debugDescription) got: \(got.debugDescription) (\(actual.count) rows in all)"
        }
    }
    return nil
}

@Suite("Golden outlines")
struct GoldenOutlineTests {
    @Test("the shared corpus is present beside the repository")
    func corpusIsPresent() {
        let documents = RepoPaths.corpusDocuments()
        #expect(documents.count >= 5, "no corpus at \(RepoPaths.corpus.path)")
        #expect(documents.contains("seed-speech.txt"))
    }

    @Test("every corpus document matches its hand-checked outline", arguments: RepoPaths.corpusDocuments())
    func corpusDocumentMatchesOutline(name: String) throws {
        let base = RepoPaths.corpus.appendingPathComponent(name)
        let outline = base.deletingPathExtension().appendingPathExtension("outline.txt")
        let expected = try String(contentsOf: outline, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { line -> OutlineRow in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                return OutlineRow(
                    kind: fields[0], marker: fields.count > 1 ? fields[1] : "",
                    title: fields.count > 2 ? fields[2] : "")
            }
        let document = try Document(bytes: RepoPaths.bytes(of: base))
        let difference = firstDifference(document.outlineRows, expected)
        #expect(difference == nil, "\(name): \(difference ?? "")")
        #expect(DocumentInvariants.violations(in: document) == [])
    }

    @Test("the bundled speech's outline is exactly the one issue 2 lists")
    func bundledSpeechOutlineIsExact() throws {
        let document = try Document(bytes: BundledSpeech.bytes)
        let lines = document.tsvLines
        try #require(lines.count == bundledSpeechOutline.count + 2, "\(lines.count) lines")
        #expect(lines.first?.hasPrefix("preamble\tPREAMBLE\t\t") == true)
        #expect(lines.last?.hasPrefix("closing\tCLOSING\t\t") == true)
        let middle = Array(lines.dropFirst().dropLast())
        let difference = firstDifference(middle, bundledSpeechOutline)
        #expect(difference == nil, "\(difference ?? "")")
        #expect(DocumentInvariants.violations(in: document) == [])
    }

    @Test("the bundled speech's preamble and closing are what the speech says")
    func bundledPreambleAndClosing() throws {
        let document = try Document(bytes: BundledSpeech.bytes)
        let preamble = try #require(document.node("preamble"))
        let closing = try #require(document.node("closing"))
        #expect(preamble.range.lowerBound == 0)
        #expect(document.string(preamble.range).hasPrefix("今天,我们召开全局机关干部廉政警示教育大会"))
        #expect(document.string(closing.range).hasPrefix("同志们"))
        #expect(closing.range.upperBound == document.utf8Count)
    }

    @Test(
        "show 1.2.1 and 2.3.3: the node's text starts with its item",
        arguments: [
            ("1.2.1", "一是要把群众满意度作为衡量政绩的“晴雨表”。"),
            ("2.3.3", "三是要提升专业能力"),
            ("1", "一、溯源固本"),
            ("2.1", "(一)强化思想淬炼")
        ])
    func nodeTextStarts(path: String, prefix: String) throws {
        let document = try Document(bytes: BundledSpeech.bytes)
        let node = try #require(document.node(path))
        #expect(document.string(node.range).hasPrefix(prefix), "\(document.string(node.range).prefix(40))")
    }

    @Test("the embedded speech equals Resources/ byte for byte")
    func embeddedSpeechEqualsResource() throws {
        let resource = try RepoPaths.bytes(of: RepoPaths.bundledSpeech)
        #expect(!resource.isEmpty)
        #expect(BundledSpeech.bytes == resource)
        #expect(BundledSpeech.name == RepoPaths.bundledSpeech.lastPathComponent)
    }

    @Test("the bundled speech is the corpus seed speech")
    func resourceEqualsCorpusSeed() throws {
        let seed = RepoPaths.corpus.appendingPathComponent("seed-speech.txt")
        try #require(FileManager.default.fileExists(atPath: seed.path), "no corpus at \(RepoPaths.corpus.path)")
        #expect(try RepoPaths.bytes(of: seed) == RepoPaths.bytes(of: RepoPaths.bundledSpeech))
    }
}
