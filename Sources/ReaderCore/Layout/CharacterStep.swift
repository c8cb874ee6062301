/// One character of a text and where the next begins, found cheaply where the character is a
/// single ordinary code point.
///
/// Stepping a `Substring` by `Character` runs the grapheme-break algorithm, which has no fast
/// path beyond Latin: in Chinese text it cost about 1,000 instructions a character, most of a
/// frame's layout. Between two code points of the ranges below a grapheme always breaks (none is
/// a control, a combining or prepended mark, a joiner, a regional indicator or a Hangul jamo), so
/// a code point of them followed by another is a character on its own; anything else is
/// stepped as a `Character`.
struct CharacterStep {
    /// The character's first code point (what its line-breaking class depends on).
    let first: Unicode.Scalar
    /// Its width in columns: the sum of its code points' widths, as `DisplayWidth.of`.
    let columns: Int
    /// Where the next character starts.
    let next: String.Index
    /// Whether the character is `first` alone, an ordinary code point: no control, nothing
    /// combined with it.
    let isOrdinary: Bool

    /// The character of `text` that starts at `index` (a character boundary before the end).
    init(at index: String.Index, in text: Substring) {
        let scalars = text.unicodeScalars
        let scalar = scalars[index]
        let after = scalars.index(after: index)
        if Self.isOrdinary(scalar), after == scalars.endIndex || Self.isOrdinary(scalars[after]) {
            first = scalar
            columns = DisplayWidth.of(scalar)
            next = after
            isOrdinary = true
        } else {
            let character = text[index]
            first = scalar
            columns = DisplayWidth.of(character)
            next = text.index(after: index)
            isOrdinary = false
        }
    }

    /// Printable ASCII, CJK punctuation (without its combining tone marks U+302A…302F), Han
    /// ideographs, the general punctuation that Chinese text uses (dashes, quotes, ellipsis) and
    /// the fullwidth forms.
    static func isOrdinary(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFF60:
            return true
        default:
            return false
        }
    }
}
