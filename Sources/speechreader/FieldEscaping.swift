import ReaderCore

/// Makes document text safe for one field of command-line output: tabs and line breaks become
/// `\t`, `\n`, `\r`, and every other control character is made visible, so nothing from a
/// document can split a TSV record or reach the terminal raw.
enum FieldEscaping {
    static func escape(_ text: some StringProtocol) -> String {
        var needsWork = false
        for scalar in text.unicodeScalars where scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
            || (0x200E...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) || scalar.value == 0x061C {
            needsWork = true
            break
        }
        guard needsWork else { return String(text) }
        var result = ""
        for character in text {
            switch character {
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\r\n": result += "\\r\\n"
            default: result += VisibleControls.escape(String(character))
            }
        }
        return result
    }

    /// Multi-line text (a node's body): line breaks stay, everything else is made visible.
    static func escapeKeepingLines(_ text: some StringProtocol) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { VisibleControls.escape($0) }
            .joined(separator: "\n")
    }
}
