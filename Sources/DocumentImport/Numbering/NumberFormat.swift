/// How a list or heading number is written: the number formats of Word (`w:numFmt`) and
/// OpenDocument (`style:num-format`) that Chinese documents use, rendered as the application
/// shows them, so that an auto-numbered `一、` reads exactly as a typed one.
public enum NumberFormat: Sendable, Equatable {
    /// 1, 2, 3
    case decimal
    /// 01, 02, … 10
    case decimalZero
    /// １, ２, ３
    case decimalFullWidth
    /// ①, ②, ③ (to ㊿, then decimal)
    case decimalEnclosedCircle
    /// ⑴, ⑵, ⑶ (to ⒇, then decimal)
    case decimalEnclosedParen
    /// 一, 二, … 九, 一〇, 一一: digit by digit (Word's chineseCounting, ideographDigital)
    case chineseDigits
    /// 一, 二, … 十, 十一, 二十, 一百: with 十/百/千 (Word's chineseCountingThousand and
    /// taiwaneseCountingThousand, ODF's `一, 二, 三, ...`)
    case chineseCounting
    /// 壹, 贰, 叁, … 拾, 拾壹
    case chineseLegal
    /// 甲, 乙, 丙, … 癸 (then decimal)
    case heavenlyStems
    /// 子, 丑, 寅, … 亥 (then decimal)
    case earthlyBranches
    /// a, b, … z, aa, bb
    case lowerLetter
    /// A, B, … Z, AA, BB
    case upperLetter
    /// i, ii, iii
    case lowerRoman
    /// I, II, III
    case upperRoman
    /// No number (the level text's other characters stay).
    case none
    /// A bullet: no marker at all (a bullet is not part of the text).
    case bullet

    /// The format named by Word's `w:numFmt w:val`; unknown names render as decimal, as Word does.
    public init(word value: String) {
        switch value {
        case "decimal", "decimalHalfWidth", "arabicAbjad": self = .decimal
        case "decimalZero": self = .decimalZero
        case "decimalFullWidth", "decimalFullWidth2": self = .decimalFullWidth
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese": self = .decimalEnclosedCircle
        case "decimalEnclosedParen": self = .decimalEnclosedParen
        case "chineseCounting", "taiwaneseCounting", "ideographDigital", "taiwaneseDigital",
            "japaneseDigitalTenThousand":
            self = .chineseDigits
        case "chineseCountingThousand", "taiwaneseCountingThousand", "japaneseCounting": self = .chineseCounting
        case "chineseLegalSimplified", "ideographLegalTraditional": self = .chineseLegal
        case "ideographTraditional": self = .heavenlyStems
        case "ideographZodiac": self = .earthlyBranches
        case "lowerLetter": self = .lowerLetter
        case "upperLetter": self = .upperLetter
        case "lowerRoman": self = .lowerRoman
        case "upperRoman": self = .upperRoman
        case "none": self = .none
        case "bullet": self = .bullet
        default: self = .decimal
        }
    }

    /// The format named by OpenDocument's `style:num-format` (its first sample: `一, 二, 三, ...`).
    public init(odf value: String) {
        let first = value.split(separator: ",").first.map(String.init) ?? ""
        switch first.trimming(" ") {
        case "": self = .none
        case "1": self = value.hasPrefix("01") ? .decimalZero : .decimal
        case "01": self = .decimalZero
        case "１": self = .decimalFullWidth
        case "①": self = .decimalEnclosedCircle
        case "⑴": self = .decimalEnclosedParen
        case "一": self = .chineseCounting
        case "壹": self = .chineseLegal
        case "甲": self = .heavenlyStems
        case "子": self = .earthlyBranches
        case "a": self = .lowerLetter
        case "A": self = .upperLetter
        case "i": self = .lowerRoman
        case "I": self = .upperRoman
        default: self = .decimal
        }
    }

    /// `number` written in this format (numbers below 1 as decimal: such a list is rare and a
    /// number keeps it readable).
    public func render(_ number: Int) -> String {
        guard number >= 1 else { return self == .none || self == .bullet ? "" : String(number) }
        switch self {
        case .decimal: return String(number)
        case .decimalZero: return number < 10 ? "0\(number)" : String(number)
        case .decimalFullWidth: return String(String(number).unicodeScalars.map { Self.shift($0, by: 0xFF10 - 0x30) })
        case .decimalEnclosedCircle: return Self.enclosedCircle(number)
        case .decimalEnclosedParen: return number <= 20 ? Self.scalar(0x2474 + number - 1) : String(number)
        case .chineseDigits: return ChineseNumerals.digits(number)
        case .chineseCounting: return ChineseNumerals.counting(number, legal: false)
        case .chineseLegal: return ChineseNumerals.counting(number, legal: true)
        case .heavenlyStems: return Self.cycle("甲乙丙丁戊己庚辛壬癸", number)
        case .earthlyBranches: return Self.cycle("子丑寅卯辰巳午未申酉戌亥", number)
        case .lowerLetter: return Self.letters(number, base: "a")
        case .upperLetter: return Self.letters(number, base: "A")
        case .lowerRoman: return RomanNumerals.render(number).lowercased()
        case .upperRoman: return RomanNumerals.render(number)
        case .none, .bullet: return ""
        }
    }

    private static func enclosedCircle(_ number: Int) -> String {
        switch number {
        case 1...20: return scalar(0x2460 + number - 1)
        case 21...35: return scalar(0x3251 + number - 21)
        case 36...50: return scalar(0x32B1 + number - 36)
        default: return String(number)
        }
    }

    private static func cycle(_ symbols: String, _ number: Int) -> String {
        let all = Array(symbols)
        return number <= all.count ? String(all[number - 1]) : String(number)
    }

    /// Word and LibreOffice repeat the letter past z: aa, bb, … (not spreadsheet columns).
    private static func letters(_ number: Int, base: Unicode.Scalar) -> String {
        let letter = scalar(Int(base.value) + (number - 1) % 26)
        return String(repeating: letter, count: min((number - 1) / 26 + 1, 10))
    }

    private static func shift(_ scalar: Unicode.Scalar, by offset: Int) -> Character {
        Character(Unicode.Scalar(UInt32(Int(scalar.value) + offset)) ?? scalar)
    }

    private static func scalar(_ value: Int) -> String {
        Unicode.Scalar(UInt32(value)).map { String($0) } ?? ""
    }
}
