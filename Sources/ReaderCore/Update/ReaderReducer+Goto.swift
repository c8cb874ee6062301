import SpeechParser

/// `:` accepts everything the command line does (ordinal paths, names, the document's own
/// numbering) and, for any other text, finds headings and requirements by title: one node goes
/// there, several fill the chooser, which narrows as you type.
extension ReaderReducer {
    /// What `input` names, an ambiguous address settled in favour of the current section. A
    /// path typed with a Chinese input method (`１．２`, `1。2`) is read as its ASCII form; a
    /// label the reader shows (`（标题缺失）`, `Elided text`) names its node.
    static func resolveAddress(_ input: String, in state: ReaderState) -> AddressResolution {
        let result = resolveWritten(input, in: state)
        switch result {
        case .node, .ambiguous:
            return result
        case .notFound, .malformed:
            return resolveName(input, in: state) ?? result
        }
    }

    private static func resolveWritten(_ input: String, in state: ReaderState) -> AddressResolution {
        let document = state.document
        let current = state.currentNode
        let result = document.resolve(address: input, preferWithin: current)
        if case .node = result { return result }
        let normalized = normalizedPath(input)
        guard normalized != input else { return result }
        let retried = document.resolve(address: normalized, preferWithin: current)
        if case .node = retried { return retried }
        return result
    }

    /// The chooser for a `:` input: nil when it names one node (or is empty), else the
    /// candidates of an ambiguous address, else the titles that match it. The selection stays
    /// on `keeping` while that node is still a candidate.
    static func chooser(for input: String, in state: ReaderState, keeping: Int?) -> GotoChooser? {
        guard !normalizedPath(input).isEmpty else { return nil }
        var chooser: GotoChooser
        switch resolveAddress(input, in: state) {
        case .node:
            return nil
        case .ambiguous(let nodes):
            chooser = GotoChooser(candidates: Array(nodes.prefix(GotoChooser.limit)), isAmbiguousAddress: true)
        case .notFound, .malformed:
            let finder =
                state.navigation.index?.finder
                ?? TitleFinder(document: state.document, readings: PinyinReadings(characters: []))
            let matches = finder.matches(for: input, limit: GotoChooser.limit)
            guard !matches.isEmpty else { return nil }
            chooser = GotoChooser(candidates: matches.map(\.node))
        }
        if let keeping, let index = chooser.candidates.firstIndex(of: keeping) {
            chooser.selected = index
        }
        return chooser
    }

    /// Enter on `:`: the node the input names, else the chooser's selection; the input is
    /// remembered when it led somewhere.
    static func acceptGoto(_ state: inout ReaderState, _ prompt: PromptState) -> [Effect] {
        let input = prompt.input
        guard !normalizedPath(input).isEmpty else { return [] }
        let target: Int?
        let resolution = resolveAddress(input, in: state)
        if case .node(let node) = resolution {
            target = node
        } else {
            target = (prompt.chooser ?? chooser(for: input, in: state, keeping: nil))?.selectedNode
        }
        guard let target else {
            if case .notFound = resolution {
                state.message = .noSuchPath(normalizedPath(input))
            } else {
                state.message = .navigation(.nothingNamed(input))
            }
            return [.bell]
        }
        return jump(&state, toNode: target) + remember(&state, input, kind: .goto)
    }

    /// Adds an accepted input to the history and asks the store to keep it.
    static func remember(_ state: inout ReaderState, _ input: String, kind: PromptHistory.Kind) -> [Effect] {
        guard !input.isEmpty else { return [] }
        state.navigation.history.record(input, kind: kind)
        return [.store(.recordHistory(kind, input))]
    }

    /// ↑ / ↓ in the input line: through the chooser when it is open, else through the history.
    static func promptArrow(_ state: inout ReaderState, up: Bool) -> [Effect] {
        guard case .prompt(var prompt) = state.mode else { return [] }
        guard var chooser = prompt.chooser, !chooser.candidates.isEmpty else {
            return walkHistory(&state, older: up)
        }
        let target = chooser.selected + (up ? -1 : 1)
        guard chooser.candidates.indices.contains(target) else { return [.bell] }
        chooser.selected = target
        prompt.chooser = chooser
        state.mode = .prompt(prompt)
        return []
    }

    /// Ctrl-P / Ctrl-N (and ↑ / ↓ without a chooser): the previous or next entry of the
    /// prompt's history; past the newest comes back what was typed before.
    static func walkHistory(_ state: inout ReaderState, older: Bool) -> [Effect] {
        guard case .prompt(var prompt) = state.mode, let kind = prompt.kind.historyKind else { return [.bell] }
        let entries = state.navigation.history.entries(kind)
        let position = prompt.historyIndex ?? entries.count
        let target = position + (older ? -1 : 1)
        guard target >= 0, target <= entries.count, target != position else { return [.bell] }
        if prompt.historyIndex == nil { prompt.draft = prompt.input }
        let text = target == entries.count ? prompt.draft : entries[target]
        prompt.historyIndex = target == entries.count ? nil : target
        prompt.input = text
        prompt.cursor = text.count
        state.mode = .prompt(prompt)
        promptInputChanged(&state, prompt)
        return []
    }

    /// A click on a chooser row selects it and goes there.
    static func chooserMouse(_ state: inout ReaderState, _ event: InputEvent.MouseEvent) -> [Effect] {
        guard case .prompt(var prompt) = state.mode, var chooser = prompt.chooser, event.kind == .press else {
            return []
        }
        guard let item = GotoChooserOverlay.item(atRow: event.row, chooser, state) else { return [] }
        chooser.selected = item
        prompt.chooser = chooser
        state.mode = .prompt(prompt)
        return ReaderReducer.prompt(&state, .promptAccept)
    }
}
