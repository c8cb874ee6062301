import Foundation

/// ICU's Han-Latin transliteration (through Foundation), reduced to toneless lowercase ASCII.
///
/// Each character is transliterated on its own: ICU then gives the character's default reading,
/// not one chosen from context (which is wrong as often as right for polyphones, and would make
/// a character's readings depend on where it stands). ü is kept apart as `v` (the way pinyin
/// input methods type it): `lv` for 绿; `PinyinReadings` adds the `u` spelling too.
///
/// The readings of the common blocks come from `PinyinTable`, generated from this same
/// transliteration: creating the transliterator parses ICU's rules, about 700 M instructions
/// (and megabytes of memory) before the first reading, which every launch paid for its index.
/// Only a character of Extension B or later still asks ICU.
enum PinyinTransliterator {
    /// Created on first use only, which a text of the common blocks never makes.
    private static let hanLatin = StringTransform("Han-Latin")

    /// The reading of one Han character, or nil when ICU has none.
    static func reading(of scalar: Unicode.Scalar) -> String? {
        if let fromTable = PinyinTable.reading(of: scalar) { return fromTable }
        return icuReading(of: scalar)
    }

    /// The reading ICU itself gives (what the table was made from).
    static func icuReading(of scalar: Unicode.Scalar) -> String? {
        guard let latin = String(scalar).applyingTransform(hanLatin, reverse: false) else { return nil }
        return toneless(latin)
    }

    /// `zhèng` → `zheng`, `lǜ` → `lv`; nil unless the result is a run of ASCII letters.
    static func toneless(_ latin: String) -> String? {
        var result = ""
        var previous: Character?
        for scalar in latin.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A:
                result.unicodeScalars.append(scalar)
            case 0x41...0x5A:
                result.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20) ?? scalar)
            case 0x0308 where previous == "u":
                result.removeLast()
                result.append("v")  // the diaeresis of ü
            case 0x0300...0x036F:
                break  // tone marks
            default:
                return nil
            }
            previous = result.last
        }
        return result.isEmpty ? nil : result
    }
}
