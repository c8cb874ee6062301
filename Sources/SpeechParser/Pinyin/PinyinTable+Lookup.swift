/// Reading the generated table (`scripts/generate-pinyin-table.swift`).
extension PinyinTable {
    /// The reading the table gives `scalar`: `.some(nil)` for a character it covers that ICU has
    /// no reading for, nil for one it does not cover (Extension B and later: ask ICU).
    static func reading(of scalar: Unicode.Scalar) -> String?? {
        guard let index = index(of: scalar.value), index < numbers.count else { return nil }
        let number = Int(numbers[index])
        guard number > 0 else { return .some(nil) }
        return number <= syllableList.count ? .some(syllableList[number - 1]) : nil
    }

    /// The position of `value` in the table's blocks, in order.
    private static func index(of value: UInt32) -> Int? {
        switch value {
        case 0x3400...0x4DBF: return Int(value - 0x3400)
        case 0x4E00...0x9FFF: return 0x19C0 + Int(value - 0x4E00)
        case 0xF900...0xFAFF: return 0x19C0 + 0x5200 + Int(value - 0xF900)
        default: return nil
        }
    }

    /// The syllables, in the order their numbers count.
    private static let syllableList: [String] = syllables.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(
        String.init)

    /// Each code point's syllable number, decoded once from `codes`.
    private static let numbers: [UInt16] = {
        var numbers: [UInt16] = []
        numbers.reserveCapacity(0x19C0 + 0x5200 + 0x200)
        var high: UInt16?
        for byte in codes.utf8 {
            guard let digit = digit(byte) else { continue }  // the line breaks
            if let first = high {
                numbers.append(first * 64 + digit)
                high = nil
            } else {
                high = digit
            }
        }
        return numbers
    }()

    /// The value of one base-64 digit of `codes` (`0-9 A-Z a-z - _`), nil for anything else.
    private static func digit(_ byte: UInt8) -> UInt16? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt16(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return UInt16(byte - UInt8(ascii: "A")) + 10
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return UInt16(byte - UInt8(ascii: "a")) + 36
        case UInt8(ascii: "-"): return 62
        case UInt8(ascii: "_"): return 63
        default: return nil
        }
    }
}
