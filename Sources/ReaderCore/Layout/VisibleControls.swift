/// Makes raw control characters from a document safe to show on a terminal.
///
/// A document can contain bytes that a terminal obeys instead of drawing: ESC starts sequences
/// that move the cursor, recolour or retitle the window; C1 controls (U+0080…U+009F, e.g. CSI
/// U+009B) do the same on terminals that honour 8-bit controls; bidi overrides and isolates reorder
/// what follows (the "Trojan Source" trick). `escape` replaces each of them with printable ASCII:
/// - C0 controls U+0000…U+001F in caret notation (`^@`, `^I`, `^J`, `^[`), DEL as `^?`, as `cat -v`
///   and `less` show them;
/// - C1 controls and the bidi controls U+061C, U+200E, U+200F, U+202A…U+202E, U+2066…U+2069
///   as `U+XXXX` (caret notation has no form for them).
///
/// Tabs and newlines are escaped too (`^I`, `^J`): expanding tabs to spaces and splitting lines
/// belong to the layout, which must do so before text reaches this function; anything that still
/// gets here is shown rather than obeyed. Every other character, including `^` itself, is kept,
/// so text without controls comes back unchanged.
public enum VisibleControls {
    /// The text with every control character replaced by its visible, printable-ASCII form.
    public static func escape(_ s: some StringProtocol) -> String {
        guard needsEscaping(s) else {
            return String(s)
        }
        var result = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if isControl(scalar) {
                result.append(contentsOf: visibleForm(of: scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `escape` would change the text: a fast scan of the UTF-8 bytes that allocates
    /// nothing (it runs over every line the reader draws).
    public static func needsEscaping(_ s: some StringProtocol) -> Bool {
        if let found = s.utf8.withContiguousStorageIfAvailable({ containsControl($0) }) {
            return found
        }
        return containsControl(s.utf8)
    }

    /// The scan behind `needsEscaping`, over UTF-8 bytes.
    private static func containsControl(_ bytes: some Sequence<UInt8>) -> Bool {
        // Valid UTF-8 (all Swift strings are) lets the encodings be matched bytewise: a lead byte
        // is never a continuation byte, so the previous two bytes identify the scalar.
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            if byte < 0x80 {
                if byte < 0x20 || byte == 0x7F {
                    return true
                }
            } else if isControlEncoding(beforePrevious, previous, byte) {
                return true
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Whether the bytes ending with `last` are the UTF-8 encoding of a C1 or bidi control:
    /// C2 80…9F (U+0080…U+009F), D8 9C (U+061C), E2 80 8E/8F (U+200E/F), E2 80 AA…AE
    /// (U+202A…U+202E), E2 81 A6…A9 (U+2066…U+2069).
    private static func isControlEncoding(_ first: UInt8, _ second: UInt8, _ last: UInt8) -> Bool {
        switch (first, second, last) {
        case (_, 0xC2, 0x80...0x9F), (_, 0xD8, 0x9C):
            return true
        case (0xE2, 0x80, 0x8E...0x8F), (0xE2, 0x80, 0xAA...0xAE), (0xE2, 0x81, 0xA6...0xA9):
            return true
        default:
            return false
        }
    }

    /// The scalars `escape` replaces.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x7F {
            return value < 0x20
        }
        switch value {
        case 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return true
        default:
            return false
        }
    }

    /// `^X` for C0 controls and DEL, `U+XXXX` for the others.
    private static func visibleForm(of scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if value < 0x20 {
            // Caret notation: the control plus 0x40 is the letter shown (0x1B → `[`).
            return "^" + String(Character(Unicode.Scalar(UInt8(value + 0x40))))
        }
        if value == 0x7F {
            return "^?"
        }
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.utf8.count)) + hex
    }
}
