import Testing

@testable import ReaderCore

/// The key table: required keys, contexts, no conflicts, and help drawn from the same table.
@Suite("Reader keymap")
struct ReaderKeymapTests {
    private let text = ReaderFixture.state()
    private var outline: ReaderState {
        var state = ReaderFixture.state()
        ReaderReducer.reduce(&state, .toggleFocus)
        return state
    }
    private func c(_ character: Character) -> InputEvent { .character(character) }

    @Test func readingKeysInTheText() {
        let expected: [(InputEvent, Action)] = [
            (c("q"), .quit), (c("?"), .showHelp), (.key(.f1), .showHelp),
            (c("j"), .scroll(.rows(1))), (.key(.down), .scroll(.rows(1))),
            (c("k"), .scroll(.rows(-1))), (.key(.up), .scroll(.rows(-1))),
            (c(" "), .scroll(.pages(1))), (.key(.pageDown), .scroll(.pages(1))),
            (c("b"), .scroll(.pages(-1))), (.key(.pageUp), .scroll(.pages(-1))),
            (c("g"), .documentStart), (.key(.home), .documentStart), (c("G"), .documentEnd), (.key(.end), .documentEnd),
            (c("]"), .nextNode), (c("["), .previousNode), (c("}"), .nextSection), (c("{"), .previousSection),
            (c(")"), .nextSentence), (c("("), .previousSentence), (.key(.tab), .toggleFocus),
            (c(":"), .startGoto), (c("/"), .startSearch), (c("n"), .nextMatch), (c("N"), .previousMatch),
            (.control("o"), .historyBack), (.key(.backspace), .historyBack), (.control("n"), .historyForward),
            (.key(.escape), .clearSelectionOrSearch), (c("v"), .extendSelection)
        ]
        for (event, action) in expected {
            #expect(Keymap.action(for: event, in: text) == action, "\(event)")
        }
        #expect(Keymap.action(for: c("x"), in: text) == .reading(.unknownKey("x")))
        #expect(Keymap.action(for: .key(.enter), in: text) == .reading(.unknownKey(InputEvent.key(.enter).label)))
    }

    @Test func outlineKeysOverrideTheTextKeys() {
        let expected: [(InputEvent, Action)] = [
            (c("j"), .moveSelection(.rows(1))), (.key(.down), .moveSelection(.rows(1))),
            (c("k"), .moveSelection(.rows(-1))), (.key(.up), .moveSelection(.rows(-1))),
            (c(" "), .moveSelection(.pages(1))), (c("b"), .moveSelection(.pages(-1))),
            (c("g"), .selectFirst), (c("G"), .selectLast), (.key(.enter), .openSelection),
            (c("h"), .fold), (.key(.left), .fold), (c("l"), .unfold), (.key(.right), .unfold),
            (c("z"), .toggleFoldAll), (.key(.escape), .navigation(.outlineEscape)), (.key(.tab), .toggleFocus),
            (c("]"), .nextNode), (c("q"), .quit), (c("/"), .navigation(.startOutlineFilter))
        ]
        for (event, action) in expected {
            #expect(Keymap.action(for: event, in: outline) == action, "\(event)")
        }
    }

    @Test func inTheInputLineCharactersAreTyped() {
        var state = ReaderFixture.state()
        ReaderReducer.reduce(&state, .startSearch)
        for character: Character in ["q", "j", "?", "试", "Ａ", " "] {
            #expect(Keymap.action(for: .character(character), in: state) == .promptInsert(character))
        }
        #expect(Keymap.action(for: .key(.enter), in: state) == .promptAccept)
        #expect(Keymap.action(for: .key(.escape), in: state) == .promptCancel)
        #expect(Keymap.action(for: .key(.backspace), in: state) == .promptBackspace)
        #expect(Keymap.action(for: .control("u"), in: state) == .promptClear)
        #expect(Keymap.action(for: .key(.left), in: state) == .promptLeft)
        #expect(Keymap.action(for: .control("o"), in: state) == nil)
    }

    @Test func inTheHelpOnlyItsKeysWork() {
        var state = ReaderFixture.state()
        ReaderReducer.reduce(&state, .showHelp)
        for event in [InputEvent.key(.escape), c("q"), c("?")] {
            #expect(Keymap.action(for: event, in: state) == .closeHelp)
        }
        #expect(Keymap.action(for: c("j"), in: state) == .scrollHelp(.rows(1)))
        #expect(Keymap.action(for: c(" "), in: state) == .scrollHelp(.pages(1)))
        #expect(Keymap.action(for: c("]"), in: state) == nil)
    }

    @Test func annotationKeysWorkFromEitherPaneAndVOnlyInTheText() {
        for state in [text, outline] {
            #expect(Keymap.action(for: c("m"), in: state) == .startBookmark)
            #expect(Keymap.action(for: c("B"), in: state) == .showBookmarks)
            #expect(Keymap.action(for: c("a"), in: state) == .startNote)
            #expect(Keymap.action(for: c("A"), in: state) == .showNotes)
        }
        #expect(Keymap.action(for: c("v"), in: text) == .extendSelection)
        #expect(Keymap.action(for: c("v"), in: outline) == .reading(.unknownKey("v")))
    }

    @Test func listKeys() {
        var state = ReaderFixture.loaded(notes: ReaderFixture.sampleNotes)
        ReaderReducer.reduce(&state, .showNotes)
        let expected: [(InputEvent, Action)] = [
            (c("j"), .listMove(.rows(1))), (.key(.down), .listMove(.rows(1))), (c("k"), .listMove(.rows(-1))),
            (c(" "), .listMove(.pages(1))), (.key(.pageUp), .listMove(.pages(-1))), (c("g"), .listFirst),
            (.key(.end), .listLast), (.key(.enter), .listOpen), (c("e"), .listEdit), (c("d"), .listDelete),
            (.key(.delete), .listDelete), (.key(.escape), .closeList), (c("q"), .closeList), (c("A"), .closeList)
        ]
        for (event, action) in expected {
            #expect(Keymap.action(for: event, in: state) == action, "\(event)")
        }
        // Reading keys do nothing under a list.
        for event in [c("]"), c("/"), c("B"), c("a"), .key(.tab)] {
            #expect(Keymap.action(for: event, in: state) == nil, "\(event)")
        }
        ReaderReducer.reduce(&state, .listDelete)
        #expect(Keymap.action(for: c("y"), in: state) == .confirmDelete)
        #expect(Keymap.action(for: c("Y"), in: state) == .confirmDelete)
        #expect(Keymap.action(for: c("n"), in: state) == .cancelDelete)
        #expect(Keymap.action(for: .key(.escape), in: state) == .cancelDelete)
        #expect(Keymap.action(for: c("d"), in: state) == nil)
    }

    @Test func mouseAndResizeAlwaysMap() {
        let click = InputEvent.MouseEvent(.press, row: 1, col: 2)
        for state in [text, outline] {
            #expect(Keymap.action(for: .mouse(click), in: state) == .mouse(click))
            #expect(Keymap.action(for: .resize(width: 3, height: 4), in: state) == .resize(width: 3, height: 4))
        }
    }

    @Test func noKeyIsBoundTwiceInOneContextAndEveryBindingHasHelp() {
        for context in KeyBinding.Context.allCases {
            let keys = Keymap.bindings(in: context).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(context)")
        }
        for binding in Keymap.bindings {
            #expect(!binding.keys.isEmpty && !binding.english.isEmpty && !binding.chinese.isEmpty)
        }
        // Forward in history is not Tab (Ctrl-I is the same code as Tab).
        let forward = Keymap.bindings.first { $0.action == .historyForward }
        #expect(forward?.keys == [.control("n")])
    }

    @Test func theHelpOverlayListsEveryBindingInBothLanguages() {
        for language in UILanguage.allCases {
            let entries = HelpOverlay.entries(language)
            for binding in Keymap.bindings {
                // Bindings that say the same (the digits of a count) share one row: `0…9`.
                let listed = entries.contains { entry in
                    guard case .binding(let keys, let text) = entry, text == binding.help(in: language) else {
                        return false
                    }
                    return keys == binding.keyLabel || keys.contains("…")
                }
                #expect(listed, "\(binding.keyLabel)")
            }
        }
        #expect(HelpOverlay.entries(.chinese).contains(.binding(keys: "Ctrl-O Bksp", text: "回到跳转之前")))
    }

    @Test func keyLabels() {
        let labels = [
            InputEvent.character(" "), .character("j"), .key(.pageDown), .key(.down), .control("o"), .key(.f1),
            .key(.escape)
        ]
        #expect(labels.map(\.label) == ["Space", "j", "PgDn", "↓", "Ctrl-O", "F1", "Esc"])
    }

    @Test func theLanguageComesFromTheLocale() {
        #expect(UILanguage(locale: "zh_CN.UTF-8") == .chinese)
        #expect(UILanguage(locale: "zh_TW") == .chinese)
        #expect(UILanguage(locale: "C.UTF-8") == .english)
        #expect(UILanguage(locale: "en_US.UTF-8") == .english)
    }

    @Test func theWholeLoopThroughTheKeymap() {
        var state = ReaderFixture.state()
        let effects = ReaderFixture.press(ReaderFixture.keys(":1.2.1") + [.key(.enter)], on: &state)
        #expect(state.currentNode == ReaderFixture.node("1.2.1"))
        #expect(
            effects == [
                .positionChanged(path: "1.2.1", offset: state.top, cursor: state.cursorRange?.lowerBound),
                .store(.recordHistory(.goto, "1.2.1"))
            ])
        #expect(ReaderFixture.press([.control("o")], on: &state).count == 1)
        #expect(state.top == 0)
        #expect(
            ReaderFixture.press(ReaderFixture.keys("q"), on: &state) == [
                .positionChanged(path: "preamble", offset: 0, cursor: state.cursorRange?.lowerBound), .quit
            ])
    }
}
