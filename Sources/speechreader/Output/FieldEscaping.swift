import ReaderCore

/// Makes document text safe for one field of command-line output: tabs and line breaks become
/// `\t`, `\n`, `\r`, and every other control character is made visible, so nothing from a
/// document can split a TSV record or reach the terminal raw.
enum FieldEscaping {
    static func escape(_ text: some StringProtocol) -> String {
        guard needsEscaping(text) else { return String(text) }
        var result = ""
        appendEscaped(text, to: &result)
        return result
    }

    /// Appends `escape(text)` to `out` without building an intermediate string.
    static func append(_ text: some StringProtocol, to out: inout String) {
        if needsEscaping(text) {
            appendEscaped(text, to: &out)
        } else {
            out.append(contentsOf: text)
        }
    }

    /// Whether `text` holds anything `escape` changes: exactly the controls `VisibleControls`
    /// makes visible (C0 covers tab and the line breaks). Checked on the UTF-8 bytes; a wider
    /// test would send titles with “quotes” or …… down the slow path for nothing.
    private static func needsEscaping(_ text: some StringProtocol) -> Bool {
        VisibleControls.needsEscaping(text)
    }

    private static func appendEscaped(_ text: some StringProtocol, to result: inout String) {
        for character in text {
            switch character {
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\r\n": result += "\\r\\n"
            default: result += VisibleControls.escape(String(character))
            }
        }
    }

    /// Multi-line text (a node's body): line breaks stay, everything else is made visible.
    static func escapeKeepingLines(_ text: some StringProtocol) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { VisibleControls.escape($0) }
            .joined(separator: "\n")
    }
}
