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
        // Up to four digits are read (a fourth makes the numeral ill-formed); no array is built,
        // as this runs at every position where a marker may start.
        var first = 0
        var second = 0
        var third = 0
        var count = 0
        var position = offset
        while count < 4, let (scalar, length) = scanner.scalar(at: position), let value = digit(scalar) {
            switch count {
            case 0: first = value
            case 1: second = value
            case 2: third = value
            default: break
            }
            count += 1
            position += length
        }
        guard let value = value(count: count, first, second, third) else { return nil }
        return (value, position)
    }

    /// The value of a digit sequence in the forms X, 十, 十X, X十, X十Y (X, Y in 1…9).
    static func value(of digits: [Int]) -> Int? {
        guard digits.count <= 3 else { return nil }
        let padded = digits + Array(repeating: 0, count: 3 - digits.count)
        return value(count: digits.count, padded[0], padded[1], padded[2])
    }

    /// `value(of:)` for the first `count` of three digits.
    private static func value(count: Int, _ first: Int, _ second: Int, _ third: Int) -> Int? {
        switch count {
        case 1:
            return first
        case 2:
            if first == 10, second < 10 { return 10 + second }
            if first > 1, first < 10, second == 10 { return first * 10 }
            return nil
        case 3:
            if first > 1, first < 10, second == 10, third < 10 { return first * 10 + third }
            return nil
        default:
            return nil
        }
    }
}
