import Foundation
import TestSupport

@testable import SpeechParser

#if canImport(Glibc)
    import Glibc
#endif

/// Shorthands for building documents in tests.
func parse(_ text: String) -> Document { Document(parsing: text) }

/// The bundled speech's text, decoded from the file in `Resources/`.
func bundledSpeechText() throws -> String {
    try SpeechDecoder.decode(Repository.bytes(of: Repository.bundledSpeech)).text
}

/// One outline row as the corpus `.outline.txt` files write it: `LEVEL<TAB>MARKER<TAB>TITLE`.
struct OutlineRow: Equatable, CustomStringConvertible {
    var kind: String
    var marker: String
    var title: String
    var description: String { "\(kind)\t\(marker)\t\(title)" }
}

extension Document {
    /// Outline rows without the PREAMBLE, GAP and CLOSING lines (how the corpus compares).
    var outlineRows: [OutlineRow] {
        nodes.filter(\.kind.isNumbered).map { OutlineRow(kind: $0.kind.code, marker: $0.marker, title: $0.title) }
    }

    /// `PATH<TAB>KIND<TAB>MARKER<TAB>TITLE` for every node, as `outline --tsv` prints it for text
    /// without control characters.
    var tsvLines: [String] {
        nodes.map { [$0.path, $0.kind.code, $0.marker, $0.title].joined(separator: "\t") }
    }

    /// The numbered nodes as `KIND MARKER TITLE` strings, for compact expectations.
    var compact: [String] {
        nodes.filter(\.kind.isNumbered).map { "\($0.kind.code) \($0.marker) \($0.title)" }
    }

    /// The text of a UTF-8 range as a String.
    func string(_ range: Range<Int>) -> String { String(substring(range)) }

    /// The sentences as strings.
    var sentenceStrings: [String] { sentences.map { string($0) } }

    /// The node at `path`, if any.
    func node(_ path: String) -> Node? { nodeIndex(path: path).map { nodes[$0] } }
}

/// Encodes text with the C library's iconv (GB18030 and other encodings Foundation on Linux lacks).
func iconvEncode(_ text: String, to encoding: String) -> [UInt8]? {
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
                let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                if status == -1 || inLeft != 0 { return nil }
                return outBuffer.count - outLeft
            }
        }
        return produced.map { Array(output[..<$0]) }
    #else
        return nil
    #endif
}

/// UTF-16 code units of `text` as bytes in the given byte order, with a byte-order mark.
func utf16Bytes(_ text: String, bigEndian: Bool, bom: Bool = true) -> [UInt8] {
    var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
    for unit in text.utf16 {
        let high = UInt8(unit >> 8)
        let low = UInt8(unit & 0xFF)
        bytes += bigEndian ? [high, low] : [low, high]
    }
    return bytes
}

/// A small deterministic generator (SplitMix64), so randomized tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
