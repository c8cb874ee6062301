import BundledSpeech
import Foundation
import TestSupport
import Testing

@testable import SpeechParser

@Suite("Golden outlines")
struct GoldenOutlineTests {
    @Test("the corpus fixtures are in the repository, each text with its outline")
    func corpusIsPresent() {
        let documents = Repository.corpusDocuments()
        #expect(documents.count >= 5, "no corpus at \(Repository.corpus.path)")
        #expect(documents.contains("seed-speech.txt"))
        for name in documents {
            #expect(FileManager.default.fileExists(atPath: Repository.corpusText(name).path), "\(name) is missing")
        }
    }

    @Test("every corpus document matches its hand-checked outline", arguments: Repository.corpusDocuments())
    func corpusDocumentMatchesOutline(name: String) throws {
        let expected = try GoldenOutline.corpus(name)
            .map { line -> OutlineRow in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                return OutlineRow(
                    kind: fields[0], marker: fields.count > 1 ? fields[1] : "",
                    title: fields.count > 2 ? fields[2] : "")
            }
        let document = try Document(bytes: Repository.bytes(of: Repository.corpusText(name)))
        let difference = GoldenOutline.firstDifference(document.outlineRows, expected)
        #expect(difference == nil, "\(name): \(difference ?? "")")
        #expect(DocumentInvariants.violations(in: document) == [])
    }

    @Test("the bundled speech's outline is exactly the one issue 2 lists")
    func bundledSpeechOutlineIsExact() throws {
        let document = try Document(bytes: BundledSpeech.bytes)
        let lines = document.tsvLines
        try #require(lines.count == GoldenOutline.bundledSpeech.count + 2, "\(lines.count) lines")
        #expect(lines.first?.hasPrefix("preamble\tPREAMBLE\t\t") == true)
        #expect(lines.last?.hasPrefix("closing\tCLOSING\t\t") == true)
        let middle = Array(lines.dropFirst().dropLast())
        let difference = GoldenOutline.firstDifference(middle, GoldenOutline.bundledSpeech)
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
        let resource = try Repository.bytes(of: Repository.bundledSpeech)
        #expect(!resource.isEmpty)
        #expect(BundledSpeech.bytes == resource)
        #expect(BundledSpeech.name == Repository.bundledSpeech.lastPathComponent)
    }

    @Test("the seed speech's hand-checked outline is the bundled speech's golden outline")
    func seedOutlineIsTheBundledOutline() throws {
        // The corpus seed speech is the bundled speech (its text is not copied into the fixtures),
        // so the two golden outlines must agree once PATH and the GAP line are dropped.
        #expect(Repository.corpusText("seed-speech.txt") == Repository.bundledSpeech)
        let fromGolden = GoldenOutline.bundledSpeech
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0[1] != "GAP" }
            .map { $0.dropFirst().joined(separator: "\t") }
        let difference = GoldenOutline.firstDifference(try GoldenOutline.corpus("seed-speech.txt"), fromGolden)
        #expect(difference == nil, "\(difference ?? "")")
    }
}
