import BundledSpeech
import TestSupport
import Testing

@testable import SpeechParser

@Suite("Ranges and lookups (UTF-8 offsets)")
struct RangeTests {
    /// The bundled speech, its CRLF and CR versions, and every corpus document.
    static let documentNames = ["bundled", "bundled CRLF", "bundled CR"] + Repository.corpusDocuments()

    static func document(named name: String) throws -> Document {
        switch name {
        case "bundled": return try Document(bytes: BundledSpeech.bytes)
        case "bundled CRLF": return parse(try bundledSpeechText().replacingOccurrences(of: "\n", with: "\r\n"))
        case "bundled CR": return parse(try bundledSpeechText().replacingOccurrences(of: "\n", with: "\r"))
        default: return try Document(bytes: Repository.bytes(of: Repository.corpusText(name)))
        }
    }

    @Test(
        "ranges lie in the text, nest, spell their marker and title, and siblings do not overlap",
        arguments: documentNames)
    func rangeInvariants(name: String) throws {
        let document = try Self.document(named: name)
        #expect(!document.nodes.isEmpty)
        #expect(DocumentInvariants.rangeViolations(document) == [])
        #expect(DocumentInvariants.treeViolations(document) == [])
    }

    @Test(
        "nodeIndex(containing:) finds the deepest node at every node start and inside bodies",
        arguments: documentNames)
    func nodeIndexContaining(name: String) throws {
        let document = try Self.document(named: name)
        let nodes = document.nodes
        for (index, node) in nodes.enumerated() where !node.range.isEmpty {
            let found = try #require(document.nodeIndex(containing: node.range.lowerBound))
            // The deepest node starting here: this one, or a descendant starting at the same offset.
            #expect(document.ancestry(of: found).contains(index), "[\(node.path)]")
            #expect(nodes[found].range.lowerBound == node.range.lowerBound)
            let last = node.range.upperBound - 1
            let atEnd = try #require(document.nodeIndex(containing: last))
            #expect(nodes[atEnd].range.contains(last))
            #expect(nodes[atEnd].children.allSatisfy { !nodes[$0].range.contains(last) })
        }
        for offset in stride(from: 0, to: document.utf8Count, by: 97) {
            guard let found = document.nodeIndex(containing: offset) else {
                #expect(nodes.allSatisfy { !$0.range.contains(offset) }, "offset \(offset)")
                continue
            }
            #expect(
                nodes[found].range.contains(offset), "offset \(offset) → [\(nodes[found].path)] \(nodes[found].range)")
            #expect(
                nodes[found].children.allSatisfy { !nodes[$0].range.contains(offset) }, "not the deepest at \(offset)")
        }
    }

    @Test("offsets are UTF-8 bytes: markers, titles and bodies of a small document")
    func utf8Offsets() throws {
        // 前言。 is 9 bytes; \n; 一、 6 bytes; 标题 6 bytes; 。 3 bytes; 正文 6 bytes.
        let document = parse("前言。\n一、标题。正文\n（一）乙")
        let heading = try #require(document.node("1"))
        #expect(heading.range == 10..<(10 + 6 + 6 + 3 + 6 + 1 + 9 + 3))
        #expect(heading.markerRange == 10..<16)
        #expect(heading.titleRange == 16..<22)
        #expect(heading.bodyRange == 22..<heading.range.upperBound)
        #expect(document.string(heading.bodyRange).hasPrefix("。正文\n（一）乙"), "the body holds the descendants")
        let child = try #require(document.node("1.1"))
        #expect(child.range == 32..<44)
        #expect(child.range.upperBound == document.utf8Count)
        #expect(document.node("preamble")?.range == 0..<10)
    }

    @Test("CRLF counts as two bytes and ranges still spell markers and titles")
    func crlfOffsets() throws {
        let document = parse("一、甲\r\n（一）乙\r\n")
        #expect(document.node("1")?.range == 0..<document.utf8Count)
        #expect(document.node("1.1")?.range.lowerBound == 11)
        #expect(document.node("1.1")?.titleRange == 20..<23)
        #expect(DocumentInvariants.violations(in: document) == [])
    }

    @Test("a mid-line heading's range starts at its marker, and the preamble ends there")
    func midLineRange() throws {
        let document = parse("意见如下。一、甲")
        #expect(document.node("preamble")?.range == 0..<15)
        #expect(document.node("1")?.range == 15..<24)
    }

    @Test("a node's range runs to the next node that is not its descendant")
    func rangeEnds() throws {
        let document = parse("一、甲\n（一）乙\n正文\n（二）丙\n二、丁")
        let first = try #require(document.node("1"))
        let second = try #require(document.node("2"))
        #expect(first.range.upperBound == second.range.lowerBound)
        #expect(document.node("1.1")?.range.upperBound == document.node("1.2")?.range.lowerBound)
        #expect(document.node("1.2")?.range.upperBound == second.range.lowerBound)
        #expect(document.string(try #require(document.node("1.1")).range) == "（一）乙\n正文\n")
    }

    @Test("nodeIndex(containing:) before the first node and inside leading spaces is nil")
    func nothingBeforeFirstNode() {
        let document = parse("  一、甲")
        #expect(document.nodeIndex(containing: 0) == nil)
        #expect(document.nodeIndex(containing: 1) == nil)
        #expect(document.nodeIndex(containing: 2) == 0)
    }

    @Test("nodeIndex(containing:) in a parent's text before its first child is the parent")
    func parentBeforeChild() {
        let document = parse("一、甲\n正文\n（一）乙")
        #expect(document.nodeIndex(containing: 12) == 0)
        #expect(document.nodeIndex(containing: 17) == 1)
    }

    @Test("ancestry runs from the top level down to the node")
    func ancestry() throws {
        let document = parse("一、甲\n（一）乙\n1.丙")
        let leaf = try #require(document.nodeIndex(path: "1.1.1"))
        #expect(document.ancestry(of: leaf).map { document.nodes[$0].path } == ["1", "1.1", "1.1.1"])
        #expect(document.ancestry(of: 99).isEmpty)
    }

    @Test("substring clamps to the text and rounds offsets down to a scalar boundary")
    func substringClamps() {
        let document = parse("一、甲")
        #expect(document.string(0..<6) == "一、")
        #expect(document.string(1..<5) == "一")
        #expect(document.string(-5..<100) == "一、甲")
        #expect(document.string(9..<100).isEmpty)
        #expect(document.offset(of: document.index(atOffset: 4)) == 3)
    }
}

@Suite("Ranges: known problems")
struct RangeKnownIssueTests {
    @Test("the title range of a preamble, gap or closing spells its title")
    func unnumberedTitleRanges() throws {
        let document = parse("前言。\n一、甲\n【下载后查看全文】\n同志们，谢谢。")
        let unnumbered = document.nodes.filter { !$0.kind.isNumbered }
        #expect(unnumbered.count == 3)
        for node in unnumbered {
            #expect(document.string(node.titleRange) == node.title, "\(node.kind.code)")
        }
    }
}
