import Testing

@testable import SpeechParser

/// The generated table stands in for ICU's transliterator on the common blocks: it must give
/// exactly what the transliterator gives, for every character it covers.
@Suite("Pinyin table")
struct PinyinTableTests {
    static let blocks: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]

    @Test(arguments: blocks)
    func everyCharacterReadsAsICUReadsIt(block: ClosedRange<UInt32>) {
        var differences: [String] = []
        var covered = 0
        for value in block {
            guard let scalar = Unicode.Scalar(value) else { continue }
            guard let fromTable = PinyinTable.reading(of: scalar) else {
                differences.append("U+\(String(value, radix: 16, uppercase: true)) not covered")
                continue
            }
            covered += 1
            let fromICU = PinyinTransliterator.icuReading(of: scalar)
            if fromTable != fromICU {
                differences.append(
                    "U+\(String(value, radix: 16, uppercase: true)) \(fromTable ?? "-") ≠ \(fromICU ?? "-")")
            }
        }
        #expect(covered == block.count)
        #expect(differences.isEmpty, "\(differences.prefix(10))")
    }

    @Test func charactersOutsideTheTableAskICU() {
        // 𠀀 (U+20000, Extension B) is not in the table; ICU reads it.
        #expect(PinyinTable.reading(of: "\u{20000}") == nil)
        #expect(PinyinTransliterator.reading(of: "\u{20000}") == PinyinTransliterator.icuReading(of: "\u{20000}"))
        #expect(PinyinTable.reading(of: "A") == nil)
    }

    @Test func commonCharactersHaveTheirReadings() {
        #expect(PinyinTable.reading(of: "政") == .some("zheng"))
        #expect(PinyinTable.reading(of: "绿") == .some("lv"))
        #expect(PinyinTable.reading(of: "〇") == nil, "U+3007 lies outside the blocks")
    }
}
