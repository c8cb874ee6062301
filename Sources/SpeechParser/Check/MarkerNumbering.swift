/// Reading the number a marker carries and writing a marker of the same style with another
/// number, so messages can name what is missing in the document's own form (`三是`, `（三）`).
enum MarkerNumbering {
    /// The form and number of the marker starting at `offset`, as the parser's scanner reads it.
    static func form(at offset: Int, in text: CheckText) -> MarkerCandidate.Form? {
        MarkerScanner(scanner: text.scanner).marker(at: offset, line: 0)?.form
    }

    /// `marker` with its number replaced by `ordinal`, in the same numeral style:
    /// `（四）` → `（三）`, `3.` → `2.`, `１．` → `２．`, `③` → `②`.
    static func marker(like marker: String, ordinal: Int) -> String {
        let scalars = Array(marker.unicodeScalars)
        guard let start = scalars.firstIndex(where: isNumeral) else { return marker }
        var end = start
        while end < scalars.count, isNumeral(scalars[end]) { end += 1 }
        let numeral: String
        let first = scalars[start]
        if (0x2460...0x2473).contains(first.value) {
            guard (1...20).contains(ordinal), let circled = Unicode.Scalar(0x2460 + UInt32(ordinal - 1)) else {
                return marker
            }
            numeral = String(circled)
        } else if ChineseNumeral.digit(first) != nil {
            numeral = chinese(ordinal)
        } else if (0xFF10...0xFF19).contains(first.value) {
            numeral = String(String(ordinal).unicodeScalars.map { Character(CheckCharacters.fullWidth($0)) })
        } else {
            numeral = String(ordinal)
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[..<start])
        result.append(contentsOf: numeral.unicodeScalars)
        result.append(contentsOf: scalars[end...])
        return String(result)
    }

    /// 1…99 in Chinese numerals (一, 十, 十一, 二十, 二十三); larger numbers in digits.
    static func chinese(_ value: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch value {
        case 1...9: return digits[value]
        case 10...19: return "十" + digits[value - 10]
        case 20...99: return digits[value / 10] + "十" + digits[value % 10]
        default: return String(value)
        }
    }

    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        ChineseNumeral.digit(scalar) != nil || Punctuation.digitValue(scalar) != nil
            || (0x2460...0x2473).contains(scalar.value)
    }
}
