import TestSupport
import Testing

@testable import SpeechParser

@Suite("Sizes and speaking time")
struct StatsTests {
    @Test("punctuation and whitespace are not counted; a node counts its descendants; gaps count 0")
    func counting() {
        let document = parse("开头，说两句。\n一、标题：内容\n一是甲乙。二是丙丁！\n---此处隐藏100字,下载后查看---\n二、尾声 ABC 12\n")
        let stats = DocumentStats(document: document)
        func chars(_ path: String) -> Int? { document.nodeIndex(path: path).map { stats.characters[$0] } }
        #expect(chars("preamble") == 5)
        #expect(chars("1.1") == 4)
        #expect(chars("1.2") == 4)
        #expect(chars("1") == 5 + 8)
        #expect(chars("2") == 3 + 3 + 2)
        let gap = document.nodes.firstIndex { $0.kind == .gap }
        #expect(gap.map { stats.characters[$0] } == 0)
        #expect(stats.totalCharacters == 5 + 13 + 8)
    }

    @Test(
        "each node's count equals counting its own text where it holds no gap (corpus)",
        arguments: Repository.corpusDocuments())
    func agreesWithCountingTheText(name: String) throws {
        let document = try Document(bytes: Repository.bytes(of: Repository.corpusText(name)))
        let stats = DocumentStats(document: document)
        let bytes = Array(document.text.utf8)
        let gaps = document.nodes.filter { $0.kind == .gap }.map(\.range)
        var compared = 0
        for (index, node) in document.nodes.enumerated() where node.kind != .gap {
            guard !gaps.contains(where: { node.range.overlaps($0) }) else { continue }
            let text = String(decoding: bytes[node.range], as: UTF8.self)
            let spoken = text.unicodeScalars.filter { SpeakingTime.isSpoken($0) }.count
            #expect(stats.characters[index] == spoken, "\(name) node \(node.path)")
            compared += 1
        }
        #expect(compared > 0)
    }

    @Test("minutes are characters ÷ rate, one decimal", arguments: [1, 150, 220, 300])
    func minutes(rate: Int) throws {
        let document = Document(parsing: try bundledSpeechText())
        let stats = DocumentStats(document: document)
        for index in document.nodes.indices {
            let expected = (Double(stats.characters[index]) / Double(rate) * 10).rounded() / 10
            #expect(stats.minutes(ofNode: index, rate: rate) == expected)
        }
        // A parent holds at least what its children hold.
        for (index, node) in document.nodes.enumerated() {
            #expect(stats.characters[index] >= node.children.reduce(0) { $0 + stats.characters[$1] })
        }
    }

    @Test("requirements are grouped under the node that holds them")
    func requirementGroups() throws {
        let document = Document(parsing: try bundledSpeechText())
        let groups = document.requirementGroups()
        #expect(groups.map { $0.parent.map { document.nodes[$0].path } } == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"])
        #expect(groups.allSatisfy { $0.requirements.count == 3 })
        let within = document.requirementGroups(within: document.nodeIndex(path: "2"))
        #expect(within.count == 3)
        #expect(document.requirementGroups(within: document.nodeIndex(path: "1.2.3")).map(\.requirements.count) == [1])
    }
}
