/// The actions of finding one's way in a long document, grouped under `Action.navigation` so the
/// reducer's dispatch and the key table stay small: less and vim motions, counts, same-level and
/// part moves, the prompt history, the go-to chooser, the outline filter, pinyin and sizes, and
/// the requirement and match lists.
public enum NavigationAction: Hashable, Sendable {
    /// Where on the screen `H`/`M`/`L` put the cursor.
    public enum ScreenSpot: Hashable, Sendable {
        case top, middle, bottom
    }

    // From the shell
    /// The document's readings, titles and sizes are ready.
    case indexReady(NavigationIndex)
    /// The prompt history the store kept from earlier sessions.
    case historyLoaded(PromptHistory)

    // Text pane
    /// Ctrl-D / Ctrl-U: half a page down (up).
    case halfPage(down: Bool)
    /// `H` `M` `L`: the cursor to the top, middle or bottom sentence of the screen.
    case cursorToScreen(ScreenSpot)
    /// A digit typed in normal mode: part of a count.
    case countDigit(Int)
    /// `%` after a count: go that many percent into the text.
    case percent
    /// `'`: the first of `''` (back to the position before the last jump).
    case quote
    /// `J` / `K`: the next (previous) node of the current node's own kind and level.
    case nextSibling, previousSibling

    // Anywhere
    /// `P`: pinyin matching in `/` on or off.
    case togglePinyin
    /// `S`: sizes and speaking times in the outline on or off.
    case toggleStats
    /// `R`: the requirement list (要点).
    case showRequirements
    /// `F`: every match of the last search, to jump from.
    case showMatches

    // Outline
    /// `/` in the outline: type a filter.
    case startOutlineFilter
    /// Esc in the outline: clear the filter, else back to the text.
    case outlineEscape

    // Input line
    /// ↑: the chooser's previous candidate, else the previous history entry.
    case promptUp
    /// ↓: the chooser's next candidate, else the next history entry.
    case promptDown
    /// Ctrl-P / Ctrl-N: the previous (next) history entry.
    case historyOlder, historyNewer

    // Requirement and match lists
    /// Move the selection.
    case listMove(Action.Amount)
    /// The first / last item.
    case listFirst, listLast
    /// Enter: go there and close.
    case listOpen
    /// `p` in the requirement list: the current part only, or the whole document.
    case listToggleScope
    /// Close the list.
    case listClose
}

extension NavigationAction {
    /// Whether the shell sends it (it leaves the status message and pending keys alone).
    var comesFromTheShell: Bool {
        switch self {
        case .indexReady, .historyLoaded: return true
        default: return false
        }
    }

    /// Whether the action applies in `mode`.
    func isAllowed(in mode: ReaderState.Mode) -> Bool {
        switch self {
        case .indexReady, .historyLoaded:
            return true
        case .promptUp, .promptDown, .historyOlder, .historyNewer:
            if case .prompt = mode { return true }
            return false
        case .listMove, .listFirst, .listLast, .listOpen, .listToggleScope, .listClose:
            if case .navigationList = mode { return true }
            return false
        default:
            return mode == .normal
        }
    }

    /// Whether the count and a pending `'` survive the action (they wait for their next key).
    var keepsPendingKeys: Bool {
        switch self {
        case .countDigit, .quote, .indexReady, .historyLoaded: return true
        default: return false
        }
    }
}
