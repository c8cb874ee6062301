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

    @Test("a node takes 112 bytes, not the 160 of word-sized ranges")
    func size() {
        #expect(MemoryLayout<Node>.stride <= 112)
    }
}
