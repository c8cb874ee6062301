/// The keys, as data: `bindings` is the one table that decides what a key does and what the help
/// overlay lists.
public enum Keymap {
    /// The action for an input event in the current state, or nil when the event means nothing
    /// here. Mouse events and resizes always map (the reducer routes them); in the input line,
    /// a printable character not bound otherwise is typed.
    public static func action(for event: InputEvent, in state: ReaderState) -> Action? {
        switch event {
        case .resize(let width, let height):
            return .resize(width: width, height: height)
        case .mouse(let mouse):
            return .mouse(mouse)
        default:
            break
        }
        switch state.mode {
        case .prompt:
            if let action = lookup(event, in: .prompt) { return action }
            if case .character(let character) = event { return .promptInsert(character) }
            return nil
        case .help:
            return lookup(event, in: .help)
        case .bookmarks(let list):
            return lookup(event, in: list.isConfirmingDelete ? .confirm : .bookmarkList)
        case .notes(let list):
            return lookup(event, in: list.isConfirmingDelete ? .confirm : .noteList)
        case .findings:
            return lookup(event, in: .findingList)
        case .changes:
            return lookup(event, in: .changeList)
        case .navigationList:
            return lookup(event, in: .navigationList)
        case .noteView:
            return lookup(event, in: .noteView)
        case .normal:
            if let action = lookup(event, in: state.focus == .text ? .text : .outline) ?? lookup(event, in: .any) {
                // Enter opens the notes of a marked sentence; elsewhere it stays what it was,
                // a key that does nothing in the text (said once, like any other).
                if action == .reading(.openNote), ReaderReducer.notesOnCursor(state).isEmpty {
                    return .reading(.unknownKey(event.label))
                }
                return action
            }
            // A key bound to nothing says so once (silence made people think the reader hung).
            switch event {
            case .character, .control, .key: return .reading(.unknownKey(event.label))
            default: return nil
            }
        }
    }

    /// The bindings of one context, in table order.
    public static func bindings(in context: KeyBinding.Context) -> [KeyBinding] {
        bindings.filter { $0.context == context }
    }

    private static func lookup(_ event: InputEvent, in context: KeyBinding.Context) -> Action? {
        bindings.first { $0.context == context && $0.keys.contains(event) }?.action
    }
}
