/// One drawn character of a text row: what is written to the screen for one character of the
/// source, how many columns it takes and which source bytes it shows (for highlights and clicks).
public struct Glyph: Hashable, Sendable {
    /// The text written: the character itself, a tab's spaces, or a control's visible form.
    public var text: String
    /// Display columns of `text`.
    public var columns: Int
    /// The source character it stands for (UTF-8 offsets into `Document.text`).
    public var source: Range<Int>

    /// How `character` is drawn at `column` of a row (columns counted from the row's text start).
    ///
    /// Tabs become spaces up to the next multiple of 4; control characters (including bidi
    /// controls) their `VisibleControls` form. Wrapping measures these same forms, so escaping
    /// never makes a row wider than the layout planned.
    static func displayForm(of character: Character, atColumn column: Int) -> String? {
        guard isControl(character) else { return nil }
        // A block holds a line break only where the parser joined a hard-wrapped paragraph's
        // lines: the paragraph flows on, the break shows as nothing.
        if character.isNewline { return "" }
        if character == "\t" {
            return String(repeating: " ", count: 4 - (max(column, 0) % 4))
        }
        return VisibleControls.escape(String(character))
    }

    /// Whether `character` contains a scalar that must not reach the terminal raw.
    static func isControl(_ character: Character) -> Bool {
        for scalar in character.unicodeScalars {
            let value = scalar.value
            if value < 0x20 || (value >= 0x7F && value <= 0x9F) { return true }
            if value >= 0x0600, value <= 0x2069,
                value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value)
                    || (0x2066...0x2069).contains(value)
            {
                return true
            }
        }
        return false
    }
}
