/// Key names for the help overlay.
extension InputEvent {
    /// How the key is written in help: `j`, `↓`, `Space`, `PgDn`, `Ctrl-O`, `F1`.
    public var label: String {
        switch self {
        case .character(let character):
            return character == " " ? "Space" : String(character)
        case .key(let key):
            return Self.keyLabels[key] ?? key.rawValue.uppercased()
        case .control(let character):
            return "Ctrl-" + String(character).uppercased()
        case .mouse:
            return "Mouse"
        case .resize:
            return "Resize"
        }
    }

    private static let keyLabels: [Key: String] = [
        .up: "↑", .down: "↓", .left: "←", .right: "→",
        .pageUp: "PgUp", .pageDown: "PgDn", .home: "Home", .end: "End",
        .enter: "Enter", .tab: "Tab", .backTab: "S-Tab", .backspace: "Bksp", .delete: "Del",
        .insert: "Ins", .escape: "Esc"
    ]
}
