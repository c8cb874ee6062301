/// Chinese numerals as list numbers: 一 … 十 … 一百二十三, and the financial 壹 贰 叁.
enum ChineseNumerals {
    private static let plain = Array("〇一二三四五六七八九")
    private static let legal = Array("零壹贰叁肆伍陆柒捌玖")

    /// Digit by digit: 10 → 一〇 (Word's chineseCounting).
    static func digits(_ number: Int) -> String {
        String(String(number).compactMap { $0.wholeNumberValue.map { plain[$0] } })
    }

    /// With units: 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (legal: 拾, 壹拾… as 拾 first).
    static func counting(_ number: Int, legal isLegal: Bool) -> String {
        guard number < 10_000 else { return String(number) }
        let digits = isLegal ? legal : plain
        let units: [Character] = isLegal ? ["仟", "佰", "拾"] : ["千", "百", "十"]
        let values = [number / 1000, number / 100 % 10, number / 10 % 10, number % 10]
        var result = ""
        var pendingZero = false
        for (position, value) in values.enumerated() {
            if value == 0 {
                if !result.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero {
                result.append(isLegal ? "零" : "零")
                pendingZero = false
            }
            let isTens = position == 2
            // 十一, not 一十一, when the number starts with its tens.
            if !(isTens && value == 1 && result.isEmpty) { result.append(digits[value]) }
            if position < 3 { result.append(units[position]) }
        }
        return result
    }
}
