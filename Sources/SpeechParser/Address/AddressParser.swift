/// Reads an address as the user typed it.
///
/// Three kinds: an ordinal path (`1.2.3`, ASCII digits and dots only), a name (`preamble` /
/// 开篇 / 导语, `closing` / 结语 / 结尾, `title` / 标题), or the document's own numbering as
/// written, with or without its punctuation and in either width: `一`, `一、`, `一(二)`,
/// `一（二）二是`, `三(二)2`, `一.二.二`, `第一部分`, `第二章第三条`.
enum AddressParser {
    /// A parsed address.
    enum Parsed: Hashable, Sendable {
        /// `1.2.3`, checked for form; looked up as `Node.path`.
        case ordinalPath(String)
        /// A named node, by its `Node.path` (`preamble`, `closing`, `title`).
        case name(String)
        /// Markers to match one after another, walking down the tree.
        case numbering([AddressComponent])
    }

    private static let names: [String: String] = [
        "preamble": "preamble", "开篇": "preamble", "导语": "preamble",
        "closing": "closing", "结语": "closing", "结尾": "closing",
        "title": "title", "标题": "title"
    ]

    /// The address `text` reads as, or nil when it is not one.
    static func parse(_ text: String) -> Parsed? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty, trimmed.unicodeScalars.count <= 200 else { return nil }
        if let name = names[trimmed.lowercased()] { return .name(name) }
        if trimmed.utf8.allSatisfy({ $0 == UInt8(ascii: ".") || ($0 >= 0x30 && $0 <= 0x39) }) {
            return isWellFormedOrdinalPath(trimmed) ? .ordinalPath(trimmed) : nil
        }
        guard let components = components(AddressScalars.fold(trimmed)), !components.isEmpty else { return nil }
        return .numbering(components)
    }

    /// `1`, `1.2.3`: 1-based ordinals of at most six digits, no empty part, no leading zero.
    static func isWellFormedOrdinalPath(_ path: String) -> Bool {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty
            && parts.allSatisfy { part in
                !part.isEmpty && part.count <= 6 && part.allSatisfy { $0.isASCII && $0.isNumber } && part.first != "0"
            }
    }

    /// The components of a numbering address, or nil at the first thing that is not one.
    private static func components(_ values: [UInt32]) -> [AddressComponent]? {
        var result: [AddressComponent] = []
        var offset = 0
        while offset < values.count {
            if AddressScalars.isSeparator(values[offset]) {
                offset += 1
                continue
            }
            guard let (component, end) = component(values, at: offset) else { return nil }
            result.append(component)
            offset = end
        }
        return result
    }

    private static func component(_ values: [UInt32], at offset: Int) -> (AddressComponent, Int)? {
        let first = values[offset]
        if first == AddressScalars.openParen { return bracketed(values, at: offset + 1) }
        if first == AddressScalars.di { return ordinal(values, at: offset + 1) }
        if let circled = AddressNumeral.circledValue(first) {
            return (AddressComponent(pattern: .family(.circled), value: circled), offset + 1)
        }
        if let (value, end) = AddressNumeral.readArabic(values, at: offset) {
            if end < values.count, values[end] == AddressScalars.enumerationComma {
                return (AddressComponent(pattern: .family(.arabicDot), value: value), end + 1)
            }
            return (AddressComponent(pattern: .bareArabic, value: value), end)
        }
        if let (value, end) = AddressNumeral.readChinese(values, at: offset) {
            guard end < values.count else { return (AddressComponent(pattern: .bareChinese, value: value), end) }
            let next = values[end]
            if next == AddressScalars.enumerationComma {
                return (AddressComponent(pattern: .family(.chineseComma), value: value), end + 1)
            }
            if let suffix = Unicode.Scalar(next), AddressScalars.requirementSuffixes.contains(suffix) {
                return (AddressComponent(pattern: .family(.requirement(suffix: suffix)), value: value), end + 1)
            }
            return (AddressComponent(pattern: .bareChinese, value: value), end)
        }
        if let (value, end) = AddressScalars.ordinalWord(values, at: offset) {
            var next = end
            if next < values.count, values[next] == AddressScalars.comma { next += 1 }
            return (AddressComponent(pattern: .family(.ordinalWord), value: value), next)
        }
        return nil
    }

    /// After `(`: a Chinese or Arabic number and `)`.
    private static func bracketed(_ values: [UInt32], at offset: Int) -> (AddressComponent, Int)? {
        guard let (value, end) = AddressNumeral.read(values, at: offset), end < values.count,
            values[end] == AddressScalars.closeParen
        else { return nil }
        let isArabic = AddressNumeral.arabicDigit(values[offset]) != nil
        return (AddressComponent(pattern: .family(isArabic ? .arabicBracket : .chineseBracket), value: value), end + 1)
    }

    /// After `第`: a number, then a unit (`部分`, `章`, `条` …), a comma (`第一，`), or nothing.
    private static func ordinal(_ values: [UInt32], at offset: Int) -> (AddressComponent, Int)? {
        guard let (value, end) = AddressNumeral.read(values, at: offset) else { return nil }
        for unit in AddressScalars.ordinalUnits where AddressScalars.hasWord(unit, in: values, at: end) {
            let family = NumberingFamily.ordinal(unit: AddressScalars.string(unit))
            return (AddressComponent(pattern: .family(family), value: value), end + unit.count)
        }
        if end < values.count, values[end] == AddressScalars.comma || values[end] == AddressScalars.enumerationComma {
            return (AddressComponent(pattern: .family(.ordinal(unit: "")), value: value), end + 1)
        }
        return (AddressComponent(pattern: .anyOrdinal, value: value), end)
    }
}
