import SpeechParser

/// Less and vim habits: half pages, `H`/`M`/`L`, counts and `%`, `''`, and moves by level.
extension ReaderReducer {
    /// One motion.
    static func motion(_ state: inout ReaderState, _ action: NavigationAction) -> [Effect] {
        switch action {
        case .halfPage(let down):
            let half = max(state.geometry.paneRows / 2, 1)
            return scroll(&state, by: .rows(down ? half : -half))
        case .cursorToScreen(let spot):
            return cursorToScreen(&state, spot)
        case .countDigit(let digit):
            state.navigation.pendingQuote = false
            guard let count = state.navigation.count else {
                if digit > 0 { state.navigation.count = digit }
                return []
            }
            state.navigation.count = min(count * 10 + digit, 1_000_000)
            return []
        case .percent:
            return percent(&state)
        case .quote:
            guard state.navigation.pendingQuote else {
                state.navigation.pendingQuote = true
                return []
            }
            state.navigation.pendingQuote = false
            return backToPreviousPosition(&state)
        case .nextSibling, .previousSibling:
            return sibling(&state, forward: action == .nextSibling)
        default:
            return []
        }
    }

    /// `H` `M` `L`: the first sentence that starts on screen, the one in the middle row, the
    /// last that starts on screen.
    private static func cursorToScreen(_ state: inout ReaderState, _ spot: NavigationAction.ScreenSpot) -> [Effect] {
        let document = state.document
        var layout = state.makeLayout()
        let window = layout.lines(fromLineStart: state.top, count: state.geometry.paneRows)
        let rows = window.filter { !$0.isBlank }
        guard let first = rows.first, let last = rows.last, !document.sentences.isEmpty else { return [.bell] }
        let bottom = last.range.upperBound
        let target: Int
        switch spot {
        case .top:
            let starting = document.sentenceCount(startingBefore: first.range.lowerBound)
            let startsOnScreen = starting < document.sentences.count && document.sentences[starting].lowerBound < bottom
            target = startsOnScreen ? starting : document.cursorSentence(for: first.range.lowerBound)
        case .middle:
            target = document.cursorSentence(for: rows[(rows.count - 1) / 2].range.lowerBound)
        case .bottom:
            let lastStarting = document.sentenceCount(startingBefore: bottom) - 1
            target = max(lastStarting, document.cursorSentence(for: first.range.lowerBound))
        }
        state.cursor = min(max(target, 0), document.sentences.count - 1)
        return []
    }

    /// `N%`: the row N percent into the text goes on top (as in less), a recorded jump.
    private static func percent(_ state: inout ReaderState) -> [Effect] {
        guard let count = state.navigation.count else {
            state.message = .navigation(.countNeeded)
            return [.bell]
        }
        let offset = state.document.utf8Count * min(count, 100) / 100
        let start = state.document.index(atOffset: offset)
        let aligned = state.document.offset(of: start)
        return jump(&state, to: aligned, cursor: state.document.cursorSentence(for: aligned))
    }

    /// `''`: back to where the last jump left, and `''` again returns (the two swap places).
    private static func backToPreviousPosition(_ state: inout ReaderState) -> [Effect] {
        guard let target = state.history.back.last else {
            state.message = .navigation(.noPreviousPosition)
            return [.bell]
        }
        let before = state.historyEntry
        state.history.back.removeLast()
        var layout = state.makeLayout()
        state.anchor = target.anchor
        state.top = layout.lineStart(containing: target.anchor)
        state.cursor = state.document.sentences.indices.contains(target.cursor) ? target.cursor : 0
        state.history.record(before)
        state.outlineSelection = state.visibleCurrentNode
        return [positionEffect(state)]
    }

    /// `J` / `K`: the next (previous) node of the current node's kind and level, in any section.
    private static func sibling(_ state: inout ReaderState, forward: Bool) -> [Effect] {
        let document = state.document
        guard let current = state.currentNode else {
            return navigate(&state, forward ? .nextSection : .previousSection)
        }
        let kind = document.nodes[current].kind
        let position = state.position
        let target: Int?
        if forward {
            target = document.nodes.indices[(current + 1)...].first { document.nodes[$0].kind == kind }
        } else {
            target = document.nodes.indices[...current].last {
                document.nodes[$0].kind == kind && document.nodes[$0].range.lowerBound < position
            }
        }
        guard let target else {
            state.message = .navigation(.noSibling)
            return [.bell]
        }
        return jump(&state, toNode: target)
    }
}

extension Document {
    /// The parts `}` and `{` step through: top-level headings (numbered, unnumbered sections (KIND
    /// `S`), chapters, articles without chapters, or lost in a gap) and the closing; never requirements, the preamble or gaps, so a document whose first
    /// top-level nodes are 一是 items steps straight to its first section.
    var topLevelParts: [Int] {
        roots.filter { root in
            switch nodes[root].kind {
            case .heading, .section, .article, .closing: return true
            case .title, .preamble, .requirement, .gap: return false
            }
        }
    }
}
