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

    /// `text` with its long file paths shortened to their first and last components
    /// (`/tmp/…/store.sqlite`) when it does not fit in `columns`, so that what a message says
    /// about a file is not clipped away behind the file's name.
    static func shorteningPaths(_ text: String, to columns: Int) -> String {
        guard DisplayWidth.of(text) > columns else { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let parts = word.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count >= 4, let last = parts.last else { return String(word) }
            return parts[0] + "/" + (parts[0].isEmpty ? parts[1] + "/" : "") + "…/" + last
        }
        return words.joined(separator: " ")
    }
}
