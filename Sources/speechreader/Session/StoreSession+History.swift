import ReaderCore
import ReaderStore

/// The prompt history through the store: loaded when the reader opens, added to on every
/// accepted `/` or `:`. A store that cannot keep it (read-only, or from before the history
/// existed) simply has none: the reader works the same, it forgets sooner.
extension StoreSession {
    /// The history kept from earlier sessions, as an action for the reducer.
    func historyActions() -> [Action] {
        guard let database else { return [] }
        let search = (try? database.history(.search)) ?? []
        let goto = (try? database.history(.goto)) ?? []
        guard !search.isEmpty || !goto.isEmpty else { return [] }
        return [.navigation(.historyLoaded(PromptHistory(search: search, goto: goto)))]
    }

    /// Remembers an accepted input; a failure is not worth interrupting the reader for.
    func recordHistory(_ kind: PromptHistory.Kind, _ text: String) {
        guard let database, !database.isReadOnly else { return }
        let stored: ReaderDatabase.HistoryKind = kind == .search ? .search : .goto
        try? database.recordHistory(stored, text: text)
    }
}
