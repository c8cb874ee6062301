/// A marker read as a number in a family: `（二）` → (chineseBracket, 2), `第十条` → (ordinal 条, 10).
struct MarkerNumber: Hashable, Sendable {
    var family: NumberingFamily
    var value: Int

    /// Reads a node's marker as written; nil for markers that carry no number (or none at all).
    init?(marker: String) {
        let scalars = AddressScalars.fold(marker).filter { $0 != 0x20 }
        guard let first = scalars.first else { return nil }
        if first == AddressScalars.openParen {
            guard let (value, end) = AddressNumeral.read(scalars, at: 1), end < scalars.count,
                scalars[end] == AddressScalars.closeParen
            else { return nil }
            let isArabic = AddressNumeral.arabicDigit(scalars[1]) != nil
            self.init(family: isArabic ? .arabicBracket : .chineseBracket, value: value)
        } else if let circled = AddressNumeral.circledValue(first) {
            self.init(family: .circled, value: circled)
        } else if AddressNumeral.arabicDigit(first) != nil {
            guard let (value, _) = AddressNumeral.readArabic(scalars, at: 0) else { return nil }
            self.init(family: .arabicDot, value: value)
        } else if first == AddressScalars.di {
            guard let (value, end) = AddressNumeral.read(scalars, at: 1) else { return nil }
            let unit = AddressScalars.string(scalars[end...].filter { !AddressScalars.isMarkerPunctuation($0) })
            self.init(family: .ordinal(unit: unit), value: value)
        } else if let (value, end) = AddressNumeral.readChinese(scalars, at: 0) {
            guard end < scalars.count else { return nil }
            let next = scalars[end]
            if next == AddressScalars.enumerationComma {
                self.init(family: .chineseComma, value: value)
            } else if let suffix = Unicode.Scalar(next), AddressScalars.requirementSuffixes.contains(suffix) {
                self.init(family: .requirement(suffix: suffix), value: value)
            } else {
                return nil
            }
        } else if let (value, _) = AddressScalars.ordinalWord(scalars, at: 0) {
            self.init(family: .ordinalWord, value: value)
        } else {
            return nil
        }
    }

    init(family: NumberingFamily, value: Int) {
        self.family = family
        self.value = value
    }
}
