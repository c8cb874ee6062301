/// Chinese numerals as used in outline markers: 一 … 九十九 (`十一`, `二十`, `二十三`).
enum ChineseNumeral {
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "一": return 1
        case "二": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        case "十": return 10
        default: return nil
        }
    }

    /// Reads the longest well-formed numeral at `offset`: its value and end offset.
    /// `一九九七` is not well formed (that is how years are written), so it yields nil.
    static func read(_ scanner: UTF8Scanner, at offset: Int) -> (value: Int, end: Int)? {
        var digits: [Int] = []
        var position = offset
        while digits.count < 4, let (scalar, length) = scanner.scalar(at: position), let value = digit(scalar) {
            digits.append(value)
            position += length
        }
        guard let value = value(of: digits) else { return nil }
        return (value, position)
    }

    /// The value of a digit sequence in the forms X, 十, 十X, X十, X十Y (X, Y in 1…9).
    static func value(of digits: [Int]) -> Int? {
        switch digits.count {
        case 1:
            return digits[0]
        case 2:
            if digits[0] == 10, digits[1] < 10 { return 10 + digits[1] }
            if digits[0] > 1, digits[0] < 10, digits[1] == 10 { return digits[0] * 10 }
            return nil
        case 3:
            if digits[0] > 1, digits[0] < 10, digits[1] == 10, digits[2] < 10 { return digits[0] * 10 + digits[2] }
            return nil
        default:
            return nil
        }
    }
}
