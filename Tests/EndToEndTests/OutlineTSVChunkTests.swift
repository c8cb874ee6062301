import BundledSpeech
import Foundation
import Testing

@testable import speechreader

/// `outline --tsv` is written in pieces, so a large outline is never held whole; the pieces are
/// the whole outline, cut at line ends.
@Suite("Outline TSV in pieces")
struct OutlineTSVChunkTests {
    @Test("the pieces join to the whole outline, each ends a line, and a large outline takes several")
    func pieces() throws {
        let speech = String(decoding: BundledSpeech.bytes, as: UTF8.self)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("speechreader-tsv-\(UUID()).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(String(repeating: speech + "\n", count: 60).utf8).write(to: file)
        let formatter = OutlineFormatter(loaded: try LoadedDocument.load(file.path, implicitStandardInput: false))
        var pieces: [String] = []
        formatter.tsv { pieces.append($0) }
        let whole = formatter.tsv()
        #expect(pieces.joined() == whole)
        #expect(whole.utf8.count > OutlineFormatter.chunkSize)
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.hasSuffix("\n") })
        #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= OutlineFormatter.chunkSize })
    }
}
