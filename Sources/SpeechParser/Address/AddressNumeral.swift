/// Numbers as addresses and markers write them: Chinese numerals up to 九千九百九十九
/// (`十一`, `二十`, `一百零五`, for the articles of long regulations), Arabic digits (folded from
/// full width), and circled numbers `①`…`⑳`.
enum AddressNumeral {
    /// 〇/零 → 0, 一…九 → 1…9.
    static func chineseDigit(_ value: UInt32) -> Int? {
        switch value {
        case 0x3007, 0x96F6: return 0  // 〇 零
        case 0x4E00: return 1
        case 0x4E8C: return 2
        case 0x4E09: return 3
        case 0x56DB: return 4
        case 0x4E94: return 5
        case 0x516D: return 6
        case 0x4E03: return 7
        case 0x516B: return 8
        case 0x4E5D: return 9
        default: return nil
        }
    }

    /// 十 → 10, 百 → 100, 千 → 1000.
    static func chineseUnit(_ value: UInt32) -> Int? {
        switch value {
        case 0x5341: return 10
        case 0x767E: return 100
        case 0x5343: return 1000
        default: return nil
        }
    }

    static func arabicDigit(_ value: UInt32) -> Int? {
        value >= 0x30 && value <= 0x39 ? Int(value - 0x30) : nil
    }

    /// ① … ⑳ → 1 … 20.
    static func circledValue(_ value: UInt32) -> Int? {
        value >= 0x2460 && value <= 0x2473 ? Int(value - 0x2460) + 1 : nil
    }

    /// A Chinese or Arabic number at `offset`.
    static func read(_ values: [UInt32], at offset: Int) -> (value: Int, end: Int)? {
        readChinese(values, at: offset) ?? readArabic(values, at: offset)
    }

    /// One to four Arabic digits at `offset`, not starting with 0.
    static func readArabic(_ values: [UInt32], at offset: Int) -> (value: Int, end: Int)? {
        var end = offset
        var value = 0
        while end < values.count, let digit = arabicDigit(values[end]) {
            value = value * 10 + digit
            end += 1
            if end - offset > 4 { return nil }
        }
        guard end > offset, arabicDigit(values[offset]) != 0 else { return nil }
        return (value, end)
    }

    /// The longest well-formed Chinese numeral at `offset`, so `一二是` reads as 一 then 二是 and
    /// `十一` as eleven.
    static func readChinese(_ values: [UInt32], at offset: Int) -> (value: Int, end: Int)? {
        var runEnd = offset
        while runEnd < values.count, runEnd - offset < 12,
            chineseDigit(values[runEnd]) != nil || chineseUnit(values[runEnd]) != nil
        {
            runEnd += 1
        }
        var end = runEnd
        while end > offset {
            if let value = chineseValue(values[offset..<end]) { return (value, end) }
            end -= 1
        }
        return nil
    }

    /// The value of a whole Chinese numeral, or nil when it is not one: `一二` and `二〇二二`
    /// (digit strings, how years are written) are not; 零 only stands between a unit and a digit.
    static func chineseValue(_ values: ArraySlice<UInt32>) -> Int? {
        var total = 0
        var pending: Int?
        var lastUnit = 10_000
        var afterZero = false
        for value in values {
            if let digit = chineseDigit(value) {
                if digit == 0 {
                    guard pending == nil, total > 0, !afterZero else { return nil }
                    afterZero = true
                    continue
                }
                guard pending == nil else { return nil }
                pending = digit
                afterZero = false
            } else if let unit = chineseUnit(value) {
                guard unit < lastUnit, !afterZero else { return nil }
                // A leading 十 stands for 一十 (十一 = 11); other units need their digit.
                guard let multiplier = pending ?? (unit == 10 && total == 0 ? 1 : nil) else { return nil }
                total += multiplier * unit
                pending = nil
                lastUnit = unit
            } else {
                return nil
            }
        }
        if afterZero && pending == nil { return nil }
        total += pending ?? 0
        return total > 0 ? total : nil
    }
}
