/// Shortening labels to a number of display columns.
enum TextClip {
    /// `text` if it fits in `columns`, else its longest prefix that fits with `…` after it.
    static func clip(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        guard DisplayWidth.of(text) > columns else { return text }
        var result = ""
        var used = 0
        for character in text {
            let width = DisplayWidth.of(character)
            if used + width > columns - 1 { break }
            result.append(character)
            used += width
        }
        return result + "…"
    }

    /// `text` followed by spaces up to `columns` (clipped first if longer).
    static func pad(_ text: String, to columns: Int) -> String {
        let clipped = clip(text, to: columns)
        return clipped + String(repeating: " ", count: max(columns - DisplayWidth.of(clipped), 0))
    }
}
