/// Folded scalar values and the few characters addresses and markers are built from.
///
/// Addresses and markers are compared after `SearchFolding.fold`, so `（二）` and `(二)`, `，` and
/// `,`, `１` and `1` read the same; U+3000 folds to a space.
enum AddressScalars {
    static let openParen: UInt32 = 0x28
    static let closeParen: UInt32 = 0x29
    static let comma: UInt32 = 0x2C
    static let dot: UInt32 = 0x2E
    static let enumerationComma: UInt32 = 0x3001  // 、
    static let di: UInt32 = 0x7B2C  // 第
    /// `一是`, `一要`.
    static let requirementSuffixes: Set<Unicode.Scalar> = ["是", "要"]

    /// Characters that separate components of an address without being part of a marker:
    /// space, `.` (so `一.二.二` reads as 一 / 二 / 二), `/`, `>` and the middle dot.
    static func isSeparator(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x09 || value == dot || value == 0x2F || value == 0x3E || value == 0xB7
            || value == 0x30FB
    }

    /// Punctuation that may close a marker (`第一，`, `一、`, `1.`) and carries no meaning of its own.
    static func isMarkerPunctuation(_ value: UInt32) -> Bool {
        value == comma || value == enumerationComma || value == dot || value == 0x3A || value == 0x20
    }

    /// The folded scalar values of `text`.
    static func fold(_ text: some StringProtocol) -> [UInt32] {
        text.unicodeScalars.map(SearchFolding.fold)
    }

    /// Folded values back to a string (for units such as `部分`; invalid values are dropped).
    static func string(_ values: some Sequence<UInt32>) -> String {
        var result = String.UnicodeScalarView()
        for value in values {
            if let scalar = Unicode.Scalar(value) { result.append(scalar) }
        }
        return String(result)
    }

    /// Whether `values` holds `word` at `offset`.
    static func hasWord(_ word: [UInt32], in values: [UInt32], at offset: Int) -> Bool {
        guard offset >= 0, offset + word.count <= values.count else { return false }
        return values[offset..<(offset + word.count)].elementsEqual(word)
    }

    /// `首先` 1, `其次` 2, `再次` 3, `最后` (numbered `Int.max`, as the parser does) at `offset`.
    static func ordinalWord(_ values: [UInt32], at offset: Int) -> (value: Int, end: Int)? {
        for (word, value) in ordinalWords where hasWord(word, in: values, at: offset) {
            return (value, offset + word.count)
        }
        return nil
    }

    private static let ordinalWords: [([UInt32], Int)] = [
        (fold("首先"), 1), (fold("其次"), 2), (fold("再次"), 3), (fold("最后"), Int.max)
    ]

    /// Units after `第X` in an address, longest first: `第一部分`, `第二章`, `第十条`.
    static let ordinalUnits: [[UInt32]] = ["部分", "编", "章", "节", "条", "款", "项", "部", "篇", "段"].map { fold($0) }
}
