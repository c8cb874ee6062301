/// Speaking time from a character count: characters ÷ rate (字/分钟).
public enum SpeakingTime {
    /// A measured, unhurried delivery of a prepared speech in Mandarin.
    public static let defaultRate = 220

    /// Minutes to read `characters` aloud at `rate` characters a minute (0 for a rate below 1).
    public static func minutes(characters: Int, rate: Int) -> Double {
        rate > 0 ? Double(characters) / Double(rate) : 0
    }

    /// `minutes` rounded to one decimal, as printed (`3.4`).
    public static func roundedMinutes(characters: Int, rate: Int) -> Double {
        (minutes(characters: characters, rate: rate) * 10).rounded() / 10
    }

    /// Whether a scalar is a character that is read aloud: letters, digits and symbols, not
    /// punctuation, spaces, controls or combining marks (a mark belongs to the character before it).
    public static func isSpoken(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber,
            .mathSymbol, .currencySymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
