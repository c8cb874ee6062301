/// One decoded input event from the terminal: what the run loop turns into an `Action`.
///
/// Pure data, so that the keymap, the reducer and their tests never see ncurses. The terminal
/// layer decodes raw key codes into these; `init?(codePoint:)` is the shared part of that decoding
/// (plain code points), so it can be tested here.
public enum InputEvent: Hashable, Sendable {
    /// A printable character, including CJK text committed by an input method (which arrives one
    /// code point at a time).
    case character(Character)
    /// A named key.
    case key(Key)
    /// A control key, as the lower-case letter or symbol pressed with Ctrl: `.control("o")` is
    /// Ctrl-O; `@ [ \ ] ^ _` stand for Ctrl-Space and the rarer C0 codes.
    case control(Character)
    /// A mouse button press or a wheel step.
    case mouse(MouseEvent)
    /// The terminal now has this size (columns × rows).
    case resize(width: Int, height: Int)

    /// A named, non-printing key.
    public enum Key: String, Hashable, Sendable, CaseIterable {
        case up, down, left, right
        case pageUp, pageDown, home, end
        case enter, tab, backTab, backspace, delete, insert, escape
        case f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12

        /// The function key F`number` (1…12), or `nil`.
        public static func function(_ number: Int) -> Key? {
            let keys: [Key] = [.f1, .f2, .f3, .f4, .f5, .f6, .f7, .f8, .f9, .f10, .f11, .f12]
            guard number >= 1, number <= keys.count else { return nil }
            return keys[number - 1]
        }
    }

    /// A mouse event at a screen cell (0-based row and column).
    public struct MouseEvent: Hashable, Sendable {
        /// What the mouse did.
        public enum Kind: String, Hashable, Sendable, CaseIterable {
            /// The primary button went down (a press, or a click delivered as one event).
            case press
            /// One step of the wheel away from the user (scroll up).
            case wheelUp
            /// One step of the wheel towards the user (scroll down).
            case wheelDown
        }

        /// What the mouse did.
        public var kind: Kind
        /// The row, 0 at the top.
        public var row: Int
        /// The column, 0 at the left.
        public var col: Int

        /// A mouse event of `kind` at (row, col).
        public init(_ kind: Kind, row: Int, col: Int) {
            self.kind = kind
            self.row = row
            self.col = col
        }
    }

    /// The event a terminal delivers as the plain code point `value` (not a special key code).
    ///
    /// - Enter is CR or LF (the terminal runs with `nonl`, so Enter arrives as CR), Tab is HT,
    ///   Backspace is DEL or BS (terminals differ), Escape is ESC.
    /// - Other C0 codes are Ctrl keys: 0x01…0x1A are Ctrl-A…Ctrl-Z as `.control("a")`…; 0x00 and
    ///   0x1B…0x1F are `@ [ \ ] ^ _`.
    /// - C1 controls, surrogates, non-characters and invalid values give `nil` (ignored).
    public init?(codePoint value: UInt32) {
        switch value {
        case 0x0D, 0x0A:
            self = .key(.enter)
        case 0x09:
            self = .key(.tab)
        case 0x7F, 0x08:
            self = .key(.backspace)
        case 0x1B:
            self = .key(.escape)
        case 0x00:
            self = .control("@")
        case 0x01...0x1A:
            guard let letter = Unicode.Scalar(value + 0x60) else { return nil }
            self = .control(Character(letter))
        case 0x1C...0x1F:
            guard let symbol = Unicode.Scalar(value + 0x40) else { return nil }
            self = .control(Character(symbol))
        case 0x80...0x9F:
            return nil
        default:
            guard let scalar = Unicode.Scalar(value), !scalar.properties.isNoncharacterCodePoint else {
                return nil
            }
            self = .character(Character(scalar))
        }
    }
}
