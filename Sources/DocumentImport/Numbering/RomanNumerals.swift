/// Roman numerals for list numbers (upper case; lower-cased by the caller).
enum RomanNumerals {
    private static let table: [(Int, String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")
    ]

    /// `number` in Roman numerals; past 3999 as decimal.
    static func render(_ number: Int) -> String {
        guard number > 0, number < 4000 else { return String(number) }
        var rest = number
        var result = ""
        for (value, symbol) in table {
            while rest >= value {
                result += symbol
                rest -= value
            }
        }
        return result
    }
}
