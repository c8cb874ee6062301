/// The form family of an outline marker, independent of its number and of half/full width:
/// `一、` and `三、` are one family, `（一）` and `(二)` another.
enum NumberingFamily: Hashable, Sendable {
    /// `一、`
    case chineseComma
    /// `（一）`
    case chineseBracket
    /// `1.` `1．` `1、`
    case arabicDot
    /// `（1）`
    case arabicBracket
    /// `①`
    case circled
    /// `一是`, `一要`: the suffix tells the two sequences apart.
    case requirement(suffix: Unicode.Scalar)
    /// `第一，` (unit empty), `第一部分`, `第二章`, `第十条`: the unit after the numeral.
    case ordinal(unit: String)
    /// `首先，` `其次，` `再次，` `最后，`
    case ordinalWord

    /// Whether a bare Chinese numeral (`二`) may stand for a marker of this family.
    var acceptsBareChinese: Bool {
        switch self {
        case .chineseComma, .chineseBracket, .requirement, .ordinal: return true
        case .arabicDot, .arabicBracket, .circled, .ordinalWord: return false
        }
    }

    /// Whether a bare Arabic number (`2`) may stand for a marker of this family.
    var acceptsBareArabic: Bool {
        switch self {
        case .arabicDot, .arabicBracket, .circled, .ordinal: return true
        case .chineseComma, .chineseBracket, .requirement, .ordinalWord: return false
        }
    }

    /// The family an untitled heading of `level` would have had (its marker was lost in a gap).
    static func implied(byLevel level: Int) -> NumberingFamily? {
        switch level {
        case 1: return .chineseComma
        case 2: return .chineseBracket
        case 3: return .arabicDot
        case 4: return .arabicBracket
        default: return nil
        }
    }
}
