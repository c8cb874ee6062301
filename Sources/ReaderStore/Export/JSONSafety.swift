/// Keeps JSON output free of invisible characters a terminal would obey.
public enum JSONSafety {
    /// `json` with C1 controls (U+0080…U+009F), DEL and the bidi controls (U+061C, U+200E,
    /// U+200F, U+202A…U+202E, U+2066…U+2069) written as `\uXXXX` escapes. `JSONEncoder` already
    /// escapes C0 controls; these it leaves raw. Valid only for text produced by a JSON encoder,
    /// where such characters can only occur inside strings.
    public static func escapeInvisibles(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isInvisible) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard isInvisible(scalar) else {
                out.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(out)
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
