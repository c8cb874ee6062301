import SpeechParser
import Testing

@testable import ReaderCore

/// Random walks through the reducer: whatever the keys and sizes, the state stays consistent
/// and every frame is drawable.
@Suite("Reader properties")
struct ReaderPropertyTests {
    /// A small deterministic generator (SplitMix64), so a failure replays exactly.
    struct Generator {
        var seed: UInt64
        mutating func next(_ bound: Int) -> Int {
            seed &+= 0x9E37_79B9_7F4A_7C15
            var z = seed
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
        }
    }

    static let actions: [Action] = [
        .scroll(.rows(1)), .scroll(.rows(-1)), .scroll(.pages(1)), .scroll(.pages(-1)), .scroll(.rows(7)),
        .documentStart, .documentEnd, .nextNode, .previousNode, .nextSection, .previousSection,
        .nextSentence, .previousSentence, .toggleFocus, .moveSelection(.rows(1)), .moveSelection(.pages(-1)),
        .openSelection, .fold, .unfold, .toggleFoldAll, .selectLast, .historyBack, .historyForward,
        .nextMatch, .previousMatch, .startSearch, .promptInsert("政"), .promptInsert("绩"), .promptAccept,
        .promptCancel, .startGoto, .promptInsert("2"), .promptInsert("."), .showHelp, .scrollHelp(.pages(1)),
        .closeHelp, .clearSelectionOrSearch
    ]

    private func checkInvariants(_ state: ReaderState, after action: Action) {
        let document = state.document
        var layout = state.makeLayout()
        #expect(layout.lineStart(containing: state.top) == state.top, "top is a line start after \(action)")
        #expect(layout.lineStart(containing: state.anchor) == state.top, "top holds the anchor after \(action)")
        #expect(document.sentences.isEmpty || document.sentences.indices.contains(state.cursor))
        #expect(document.nodes.isEmpty || document.nodes.indices.contains(state.outlineSelection))
        let rows = state.outlineRows
        #expect(state.outlineTop >= 0 && state.outlineTop <= max(rows.count - state.geometry.paneRows, 0))
        if state.focus == .outline, !rows.isEmpty {
            #expect(rows.contains(state.outlineSelection), "the selection is visible after \(action)")
        }
        #expect(state.history.back.count <= JumpHistory.limit)
        if let current = state.search.current {
            #expect(state.search.matches.indices.contains(current))
        }
        if case .scroll = action, state.mode == .normal, let cursor = state.cursorRange {
            let bottom = ReaderReducer.screenEnd(state, &layout)
            #expect(
                cursor.upperBound > state.top && cursor.lowerBound < bottom, "the cursor is on screen after \(action)")
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func randomWalksKeepTheStateConsistent(seed: UInt64) {
        var random = Generator(seed: seed)
        var state = ReaderFixture.state()
        for step in 0..<600 {
            let action: Action
            if random.next(25) == 0 {
                action = .resize(width: random.next(130), height: random.next(50))
            } else if random.next(30) == 0 {
                action = .mouse(
                    InputEvent.MouseEvent(
                        [.press, .wheelUp, .wheelDown][random.next(3)],
                        row: random.next(state.height + 1), col: random.next(state.width + 1)))
            } else {
                action = Self.actions[random.next(Self.actions.count)]
            }
            ReaderReducer.reduce(&state, action)
            checkInvariants(state, after: action)
            if step % 10 == 0 {
                #expect(RenderProbe.wideCharactersAreWhole(Renderer.render(state)))
            }
        }
    }

    @Test(arguments: ["", "   \n\n\u{3000}\n", "没有句号的一行", "一、\n（一）\n1.\n", "---此处隐藏100字,下载后查看---"])
    func degenerateDocumentsNeverTrap(text: String) {
        let document = Document(parsing: text)
        for (width, height) in [(80, 24), (40, 12), (10, 3), (0, 0)] {
            var state = ReaderState(document: document, width: width, height: height, language: .english)
            for action in Self.actions + [.quit, .restore(offset: 5), .resize(width: 61, height: 9)] {
                ReaderReducer.reduce(&state, action)
                checkInvariants(state, after: action)
                _ = Renderer.render(state)
            }
        }
    }
}
