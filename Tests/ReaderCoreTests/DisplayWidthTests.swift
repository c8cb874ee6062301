import Foundation
import ReaderCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

// glibc's wcwidth is not visible through `import Glibc` (PLATFORM-NOTES.md); wchar_t is 32-bit here.
@_silgen_name("wcwidth") private func cWcwidth(_ c: Int32) -> Int32

/// The width `DisplayWidth` documents for a code point where glibc's wcwidth returns -1.
private func documentedWidthWhereGlibcHasNone(_ value: UInt32) -> Int {
    if value < 0x20 || (0x7F...0x9F).contains(value) {
        return 0
    }
    return (0x20000...0x3FFFD).contains(value) ? 2 : 1
}

/// Compares `DisplayWidth.of(_: Unicode.Scalar)` with glibc over `range` and returns the
/// disagreements as readable strings (the first 20), so one failure does not print 65 536 lines.
private func disagreementsWithGlibc(over range: ClosedRange<UInt32>) -> [String] {
    var found: [String] = []
    for value in range {
        guard let scalar = Unicode.Scalar(value) else {
            continue  // surrogates are not scalars: no Swift string can contain them
        }
        let glibc = Int(cWcwidth(Int32(bitPattern: value)))
        let ours = DisplayWidth.of(scalar)
        let expected = glibc >= 0 ? glibc : documentedWidthWhereGlibcHasNone(value)
        if ours != expected && found.count < 20 {
            found.append(
                "U+\(String(value, radix: 16, uppercase: true)): ours \(ours), glibc \(glibc)")
        }
    }
    return found
}

@Suite("DisplayWidth", .serialized)
struct DisplayWidthTests {
    init() {
        // wcwidth answers -1 for everything non-ASCII in the C locale.
        _ = setlocale(LC_ALL, "C.UTF-8")
    }

    @Test("the C.UTF-8 locale is active, so glibc is a meaningful reference")
    func localeIsActive() {
        #expect(cWcwidth(0x4E2D) == 2)  // 中
        #expect(cWcwidth(0x0301) == 0)  // combining acute
    }

    @Test("equals glibc 2.36 wcwidth over the whole BMP (-1 code points as documented)")
    func matchesGlibcOverTheBMP() {
        let disagreements = disagreementsWithGlibc(over: 0...0xFFFF)
        #expect(disagreements.isEmpty, "\(disagreements)")
    }

    @Test("equals glibc 2.36 wcwidth over the supplementary planes (-1 code points as documented)")
    func matchesGlibcBeyondTheBMP() {
        let disagreements = disagreementsWithGlibc(over: 0x10000...0x10FFFF)
        #expect(disagreements.isEmpty, "\(disagreements)")
    }

    @Test(
        "known scalars",
        arguments: [
            ("中", 2), ("，", 2), ("：", 2), ("\u{3000}", 2), ("Ａ", 2), ("😀", 2), ("𠀀", 2),
            ("a", 1), ("“", 1), ("”", 1), ("—", 1), ("…", 1), ("·", 1), ("℃", 1), ("é", 1),
            ("\u{0301}", 0), ("\u{200B}", 0), ("\u{FE0F}", 0), ("\u{1B}", 0), ("\u{7F}", 0),
            ("\u{9B}", 0), ("\u{0}", 0), ("\t", 0), ("\u{31350}", 2), ("\u{E0080}", 1)
        ] as [(Unicode.Scalar, Int)])
    func knownScalars(scalar: Unicode.Scalar, columns: Int) {
        #expect(DisplayWidth.of(scalar) == columns)
    }

    @Test(
        "a grapheme cluster is the sum of its scalars, as terminals advance the cursor",
        arguments: [
            ("e\u{0301}", 1), ("中\u{0301}", 2), ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", 6),
            ("\u{2764}\u{FE0F}", 1), ("\u{1F1E8}\u{1F1F3}", 2), ("\r\n", 0), ("a", 1)
        ] as [(Character, Int)])
    func graphemeClusters(character: Character, columns: Int) {
        #expect(DisplayWidth.of(character) == columns)
    }

    @Test("strings and substrings sum their scalars")
    func strings() {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("中文abc") == 7)
        #expect(DisplayWidth.of("（一）坚持党性原则，") == 20)
        let text = "xx政绩观yy"
        let middle = text.dropFirst(2).dropLast(2)
        #expect(DisplayWidth.of(middle) == 6)
        #expect(DisplayWidth.of("e\u{0301}\u{200B}中") == 3)
    }
}
