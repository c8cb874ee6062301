import SpeechParser

/// The status line (mode, where the reader is, matches, position) and the prompt line.
extension Renderer {
    static func drawStatus(
        _ frame: inout Frame, _ state: ReaderState, window: [ScreenLine], atEnd: Bool, strings: UIStrings
    ) {
        let row = state.geometry.statusRow
        let width = frame.width
        frame.fill(row: row, fromCol: 0, toCol: width, style: Style(.status))
        let tag = " " + strings.tag(for: state) + " "
        let tagWidth = frame.put(tag, row: row, col: 0, style: Style(.statusFocus))

        var right = ""
        if !state.search.query.isEmpty {
            let search = state.search
            let current = search.current.map { String($0 + 1) } ?? "-"
            // `k/N…` while a large text is still being scanned: the count is still growing.
            let more = search.isScanning ? "…" : search.isTruncated ? "+" : ""
            right += current + "/" + String(search.matches.count) + more + "  "
        }
        if state.annotations.notice != nil {
            right += strings.readOnlyMark + "  "
        }
        right += navigationStatus(state, strings)
        right += percent(state, window: window, atEnd: atEnd) + " "
        let rightCol = max(width - DisplayWidth.of(right), tagWidth)
        frame.put(right, row: row, col: rightCol, style: Style(.status))

        let leftCol = tagWidth + 1
        let room = rightCol - leftCol - 1
        if let message = state.message {
            let text = TextClip.clip(TextClip.shorteningPaths(strings.text(for: message), to: room), to: room)
            frame.put(text, row: row, col: leftCol, style: Style(message.isError ? .error : .message), maxColumns: room)
        } else if state.focus == .text, let finding = findingUnderCursor(state, strings) {
            // Where the reader is stays first (at most half the room), the finding takes the rest.
            let place = location(state, strings)
            let placeRoom = min(DisplayWidth.of(place), room / 2)
            var used = 0
            if placeRoom > 0 {
                used =
                    frame.put(
                        TextClip.clip(place, to: placeRoom), row: row, col: leftCol, style: Style(.status),
                        maxColumns: placeRoom) + 2
            }
            frame.put(
                TextClip.clip(finding, to: room - used), row: row, col: leftCol + used,
                style: Style(.findingMarker).with(reverse: true), maxColumns: max(room - used, 0))
        } else {
            frame.put(
                TextClip.clip(location(state, strings), to: room), row: row, col: leftCol,
                style: Style(.status), maxColumns: room)
        }
    }

    /// The first finding on the cursor sentence in words (`! message [rule-id] (+n)`), or nil.
    static func findingUnderCursor(_ state: ReaderState, _ strings: UIStrings) -> String? {
        guard let sentence = state.cursorRange else { return nil }
        let found = state.findings.findings(overlapping: sentence)
        guard let first = found.first else { return nil }
        let language: CheckLanguage = state.language == .chinese ? .chinese : .english
        return strings.findingStatus(
            message: first.message.text(in: language), rule: first.rule.rawValue, more: found.count - 1)
    }

    /// The current node as `path title` (unnumbered nodes by their label only); with the
    /// outline focused, the selected entry instead, so a title the pane cuts short can be read
    /// here in full.
    static func location(_ state: ReaderState, _ strings: UIStrings) -> String {
        let shown: Int? = state.focus == .outline ? state.outlineSelection : state.currentNode
        guard let index = shown, state.document.nodes.indices.contains(index) else { return "" }
        let node = state.document.nodes[index]
        let label = OutlineTree.label(of: node, strings: strings)
        return node.kind.isNumbered ? node.path + " " + label : label
    }

    /// How far the bottom of the screen is into the text, `100%` when nothing follows it.
    private static func percent(_ state: ReaderState, window: [ScreenLine], atEnd: Bool) -> String {
        let total = state.document.utf8Count
        guard !atEnd, total > 0 else { return "100%" }
        let bottom = window.last(where: { !$0.isBlank })?.range.upperBound ?? state.top
        return String(min(bottom * 100 / total, 99)) + "%"
    }

    /// The prompt line: the `:`/`/` input with its cursor, or key hints. The last column is left
    /// alone (terminals scroll or refuse when the bottom-right cell is written).
    static func drawPromptLine(_ frame: inout Frame, _ state: ReaderState, strings: UIStrings) {
        let row = state.geometry.promptRow
        let usable = frame.width - 1
        var hint = strings.hints
        var style = Style(.dim)
        switch state.mode {
        case .normal:
            // The outline pane has keys of its own: show those while it has the focus.
            if state.focus == .outline { hint = strings.outlineHints }
        case .help:
            hint = strings.helpFooter
        case .bookmarks(let list), .notes(let list), .findings(let list), .changes(let list):
            guard let kind = state.mode.listKind else { return }
            hint = list.isConfirmingDelete ? strings.deleteQuestion(kind) : strings.listHints(kind)
            if list.isConfirmingDelete { style = Style(.message) }
        case .navigationList(let list):
            hint = strings.navigationListHints(list.kind)
        case .noteView:
            hint = strings.noteViewHints
        case .prompt(let prompt):
            drawInput(&frame, prompt, label: strings.promptLabel(prompt.kind), row: row, usable: usable)
            return
        }
        frame.put(TextClip.clip(hint, to: usable), row: row, col: 0, style: style, maxColumns: usable)
    }

    /// Where the terminal's own cursor belongs: on the input line's cursor while an input line is
    /// open (so an input method shows its candidates there), nil otherwise (hide the cursor).
    public static func cursorPosition(_ state: ReaderState) -> (row: Int, col: Int)? {
        guard case .prompt(let prompt) = state.mode, !state.geometry.isTiny else { return nil }
        let label = labelShown(UIStrings.of(state.language).promptLabel(prompt.kind), usable: state.width - 1)
        return (
            state.geometry.promptRow,
            visibleInput(prompt, from: DisplayWidth.of(label), usable: state.width - 1).cursorCol
        )
    }

    /// The label (`:`, `/`, `批注：`), then the input scrolled so the cursor is visible; the
    /// cursor cell is reversed.
    private static func drawInput(_ frame: inout Frame, _ prompt: PromptState, label: String, row: Int, usable: Int) {
        let shown = labelShown(label, usable: usable)
        let start = frame.put(shown, row: row, col: 0, style: Style(.prompt))
        let input = visibleInput(prompt, from: start, usable: usable)
        frame.put(input.text, row: row, col: start, style: Style(.prompt), maxColumns: usable - start)
        let cursorStyle = Style(.prompt).with(reverse: true)
        let cursorEnd = input.cursorCol + input.cursorWidth
        frame.setStyle(row: row, fromCol: input.cursorCol, toCol: cursorEnd, style: cursorStyle)
    }

    /// The prompt's label, or just its first character when a long label would leave less than
    /// half the line for the input.
    private static func labelShown(_ label: String, usable: Int) -> String {
        DisplayWidth.of(label) * 2 <= usable ? label : String(label.prefix(1))
    }

    /// The part of the input shown after the label (which ends at column `start`), the cursor's
    /// column and width: characters are dropped from the left until the cursor (and one cell for
    /// it) fits in `usable` columns.
    private static func visibleInput(
        _ prompt: PromptState, from start: Int, usable: Int
    ) -> (text: String, cursorCol: Int, cursorWidth: Int) {
        var characters = Array(prompt.input)
        var cursor = min(max(prompt.cursor, 0), characters.count)
        let room = usable - start
        while cursor > 0, DisplayWidth.of(String(characters[..<cursor])) + 1 > room {
            characters.removeFirst()
            cursor -= 1
        }
        let cursorCol = start + DisplayWidth.of(String(characters[..<cursor]))
        let cursorWidth = cursor < characters.count ? max(DisplayWidth.of(characters[cursor]), 1) : 1
        return (String(characters), cursorCol, cursorWidth)
    }
}
