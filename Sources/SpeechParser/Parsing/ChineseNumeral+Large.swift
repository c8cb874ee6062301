/// Numbers of a regulation's articles and chapters: `第一百零五条`, `第二千条`, `第12条`.
extension ChineseNumeral {
    /// 〇/零 → 0, 一…九 → 1…9 (十 is a unit here).
    private static func largeDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "零": return 0
        case "十": return nil
        default: return digit(scalar)
        }
    }

    private static func unit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "十": return 10
        case "百": return 100
        case "千": return 1000
        default: return nil
        }
    }

    /// A numeral of up to 九千九百九十九 (units 十百千 in falling order, 零 between them), or one to
    /// four Arabic digits: its value and end. Years (`一九九七`) are not numerals.
    static func readLarge(_ scanner: UTF8Scanner, at offset: Int) -> (value: Int, end: Int)? {
        if let arabic = arabic(scanner, at: offset) { return arabic }
        var total = 0
        var pending: Int?
        var lastUnit = 10_000
        var afterZero = false
        var position = offset
        var read = 0
        while read < 12, let (scalar, length) = scanner.scalar(at: position) {
            if let digit = largeDigit(scalar) {
                if digit == 0 {
                    guard pending == nil, total > 0, !afterZero else { return nil }
                    afterZero = true
                } else {
                    guard pending == nil else { return nil }
                    pending = digit
                    afterZero = false
                }
            } else if let unit = unit(scalar) {
                guard unit < lastUnit, !afterZero,
                    let multiplier = pending ?? (unit == 10 && total == 0 ? 1 : nil)
                else { return nil }
                total += multiplier * unit
                pending = nil
                lastUnit = unit
            } else {
                break
            }
            position += length
            read += 1
        }
        if afterZero && pending == nil { return nil }
        total += pending ?? 0
        return total > 0 ? (total, position) : nil
    }

    private static func arabic(_ scanner: UTF8Scanner, at offset: Int) -> (value: Int, end: Int)? {
        var position = offset
        var value = 0
        var count = 0
        while let (scalar, length) = scanner.scalar(at: position), let digit = Punctuation.digitValue(scalar) {
            value = value * 10 + digit
            position += length
            count += 1
            if count > 4 { return nil }
        }
        return count > 0 && value > 0 ? (value, position) : nil
    }
}
