import BundledSpeech
import Testing

@testable import SpeechParser

/// A node keeps its ranges, parent and depth in 32-bit fields behind the same properties.
@Suite("Model: a node's compact storage")
struct NodeStorageTests {
    @Test("every property reads back what was stored, a missing parent included")
    func roundTrip() {
        var node = Node(
            kind: .heading(level: 2), marker: "（二）", title: "恪守人民立场", path: "1.2", range: 10..<4_000_000_000,
            markerRange: 10..<19, titleRange: 19..<37, bodyRange: 37..<4_000_000_000, parent: 7, children: [9, 12],
            depth: 1)
        #expect(node.range == 10..<4_000_000_000)
        #expect(node.markerRange == 10..<19)
        #expect(node.titleRange == 19..<37)
        #expect(node.bodyRange == 37..<4_000_000_000)
        #expect(node.parent == 7)
        #expect(node.depth == 1)
        node.parent = nil
        node.range = 0..<5
        #expect(node.parent == nil)
        #expect(node.range == 0..<5)
        #expect(node.bodyRange == 37..<4_000_000_000)
        var other = node
        #expect(other == node && other.hashValue == node.hashValue)
        other.titleRange = 19..<38
        #expect(other != node)
    }

    @Test("a parsed node's title is cut from the text, and equals the same node holding its own title")
    func titleCutFromText() throws {
        let document = Document(parsing: try SpeechDecoder.decode(BundledSpeech.bytes).text)
        let titled = document.nodes.filter { !$0.title.isEmpty }
        #expect(titled.count > 20)
        for node in titled {
            #expect(node.awaitsText == false, "the parser attached the text to \(node.path)")
            #expect(node.title == document.string(node.titleRange))
            #expect(node.marker == document.string(node.markerRange))
            let detached = node.detachedFromText()
            #expect(detached.title == node.title)
            #expect(detached == node && detached.hashValue == node.hashValue)
        }
        var renamed = try #require(titled.first { !$0.marker.isEmpty })
        renamed.title = "另一个标题"
        #expect(renamed.title == "另一个标题" && renamed.marker == titled.first { !$0.marker.isEmpty }?.marker)
        #expect(renamed != titled.first { !$0.marker.isEmpty })
    }

    @Test("a title is cut only inside its text: a range past the end reads as empty")
    func titleOutsideText() {
        #expect("一、总体要求".utf8Slice(6..<18) == "总体要求")
        #expect("一、总体要求".utf8Slice(6..<40) == "")
        #expect("".utf8Slice(0..<3) == "")
    }

    @Test("a node takes 96 bytes, not the 160 of word-sized ranges and strings of its own")
    func size() {
        #expect(MemoryLayout<Node>.stride <= 96)
    }
}
