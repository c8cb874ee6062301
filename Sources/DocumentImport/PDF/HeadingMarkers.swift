/// Recognises a line that opens with a heading marker, the forms of GB/T 9704 and regulations:
/// 一、 （一） (一) 1. 1、 1． （1） (1) ① 第X条/章/节/编/部分. Used to keep lines apart, never
/// to decide the outline (that is the parser's).
enum HeadingMarkers {
    private static let chineseDigits: Set<Character> = Set("〇零一二三四五六七八九十百千两")

    static func startsWithMarker(_ line: String) -> Bool {
        let text = Array(line.trimming(" \t\u{3000}").prefix(16))
        guard let first = text.first else { return false }
        if "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".contains(first) { return true }
        if first == "第" {
            let rest = text.dropFirst().prefix { chineseDigits.contains($0) || $0.isASCII && $0.isNumber }
            guard !rest.isEmpty, rest.count + 1 < text.count else { return false }
            return "条章节编部款".contains(text[rest.count + 1])
        }
        if first == "（" || first == "(" {
            let inner = text.dropFirst().prefix { chineseDigits.contains($0) || $0.isASCII && $0.isNumber }
            guard !inner.isEmpty, inner.count + 1 < text.count else { return false }
            return text[inner.count + 1] == "）" || text[inner.count + 1] == ")"
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3, digits.count < text.count {
            let after = text[digits.count]
            // 1. / 1、 / 1．, but not 1.5 (a number with decimals) or 2026年.
            guard "、.．".contains(after) else { return false }
            return !(digits.count + 1 < text.count && text[digits.count + 1].isASCII && text[digits.count + 1].isNumber)
        }
        let numeral = text.prefix { chineseDigits.contains($0) }
        if !numeral.isEmpty, numeral.count <= 3, numeral.count < text.count {
            return text[numeral.count] == "、"
        }
        return false
    }
}
