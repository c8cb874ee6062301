/// The help overlay's content (drawn from `Keymap.bindings`) and its box on screen.
enum HelpOverlay {
    /// One row of help.
    enum Entry: Hashable, Sendable {
        /// A section title.
        case title(String)
        /// Keys and what they do.
        case binding(keys: String, text: String)
        /// Space between sections.
        case blank
    }

    /// The box: position and size in the frame.
    struct Box: Hashable, Sendable {
        var x, y, width, height: Int
    }

    /// Every row of help in `language`: each key context's bindings, then the mouse.
    static func entries(_ language: UILanguage) -> [Entry] {
        let strings = UIStrings.of(language)
        var entries: [Entry] = []
        for context in KeyBinding.Context.allCases {
            entries.append(.title(strings.title(of: context)))
            for binding in Keymap.bindings(in: context) {
                let text = binding.help(in: language)
                // Rows that say the same (the digits of a count) are listed once, as a range: `0…9`.
                if case .binding(let keys, text)? = entries.last {
                    let first = keys.split(separator: "…").first.map(String.init) ?? keys
                    entries[entries.count - 1] = .binding(keys: first + "…" + binding.keyLabel, text: text)
                } else {
                    entries.append(.binding(keys: binding.keyLabel, text: text))
                }
            }
            entries.append(.blank)
        }
        entries.append(.title(strings.mouseTitle))
        entries += strings.mouseRows.map { Entry.binding(keys: $0.0, text: $0.1) }
        return entries
    }

    /// The box, centred over the panes (the status and prompt lines stay visible).
    static func box(_ state: ReaderState) -> Box {
        let paneRows = state.geometry.paneRows
        let width = min(max(state.width - 2, 1), 76)
        let height = min(paneRows, entries(state.language).count + 2)
        return Box(x: (state.width - width) / 2, y: (paneRows - height) / 2, width: width, height: height)
    }

    /// Rows of help inside the box.
    static func visibleRows(_ state: ReaderState) -> Int {
        max(box(state).height - 2, 0)
    }

    /// The largest useful scroll.
    static func maxScroll(_ state: ReaderState) -> Int {
        max(entries(state.language).count - visibleRows(state), 0)
    }
}
