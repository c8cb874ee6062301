import ReaderCore

/// Decodes the mouse reports that arrive as plain characters after an ESC — when ncurses does
/// not decode them itself because the terminfo entry announces another format (tmux-256color
/// says X10 while the reader asked for SGR). Without this, a report's characters were read as
/// keys: the `m` that ends an SGR release opened the bookmark prompt.
///
/// SGR (mode 1006): `ESC [ < B ; X ; Y M` (press) or `… m` (release), 1-based cells, any size.
/// X10: `ESC [ M b x y`, each byte 32 + value.
public enum MouseReport {
    /// Where a report stands after the characters read so far (those after the ESC).
    public enum Parse: Equatable, Sendable {
        /// A prefix of a report: read another character.
        case incomplete
        /// Not a mouse report: hand the characters back as keys.
        case invalid
        /// A whole report: the event it means (nil: nothing for the reader, e.g. a release).
        case complete(InputEvent?)
    }

    /// The longest report read before giving up (`[<` + three 4-digit numbers, 2 `;` and M/m).
    public static let maximumLength = 20

    /// Parses the characters after ESC.
    public static func parse(_ characters: [Character]) -> Parse {
        guard let first = characters.first else { return .incomplete }
        guard first == "[" else { return .invalid }
        guard characters.count > 1 else { return .incomplete }
        switch characters[1] {
        case "<": return parseSGR(Array(characters.dropFirst(2)))
        case "M": return parseX10(Array(characters.dropFirst(2)))
        default: return .invalid
        }
    }

    /// After `[<` nothing but a mouse report can follow (no key sends it), so a broken or
    /// overlong one is dropped whole rather than typed: its `m` would open the bookmark prompt.
    private static func parseSGR(_ body: [Character]) -> Parse {
        guard body.count <= maximumLength else { return .complete(nil) }
        guard let last = body.last else { return .incomplete }
        if last.isASCII, last.isNumber || last == ";" {
            return body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ";") } ? .incomplete : .complete(nil)
        }
        guard last == "M" || last == "m" else { return .complete(nil) }
        let fields = body.dropLast().split(separator: ";", omittingEmptySubsequences: false)
        guard fields.count == 3 else { return .complete(nil) }
        let numbers = fields.compactMap { Int(String($0)) }
        guard numbers.count == 3 else { return .complete(nil) }
        return .complete(event(button: numbers[0], col: numbers[1] - 1, row: numbers[2] - 1, released: last == "m"))
    }

    /// What characters that stopped coming before a report was whole mean: a report's start
    /// (`[<…`, `[M…`) cut short is dropped, anything else goes back as keys.
    public static func truncated(_ characters: [Character]) -> Parse {
        guard characters.count >= 2, characters[0] == "[", characters[1] == "<" || characters[1] == "M" else {
            return .invalid
        }
        return .complete(nil)
    }

    private static func parseX10(_ body: [Character]) -> Parse {
        guard body.count >= 3 else { return .incomplete }
        let values = body.prefix(3).compactMap { $0.unicodeScalars.first.map { Int($0.value) - 32 } }
        guard values.count == 3 else { return .invalid }
        // In X10 a release is button 3 (which button is not said).
        let released = values[0] & 3 == 3 && values[0] & 64 == 0
        return .complete(event(button: values[0], col: values[1] - 1, row: values[2] - 1, released: released))
    }

    /// The reader's event for a button code: left press, wheel up/down; motion, other buttons
    /// and releases mean nothing to it.
    static func event(button: Int, col: Int, row: Int, released: Bool) -> InputEvent? {
        guard col >= 0, row >= 0, !released, button & 32 == 0 else { return nil }
        if button & 64 != 0 {
            let kind: InputEvent.MouseEvent.Kind = button & 1 == 0 ? .wheelUp : .wheelDown
            return button & 2 == 0 ? .mouse(InputEvent.MouseEvent(kind, row: row, col: col)) : nil
        }
        guard button & 3 == 0 else { return nil }
        return .mouse(InputEvent.MouseEvent(.press, row: row, col: col))
    }
}
