import ReaderCore
import SpeechParser

/// In-process figures from the libraries the reader is made of: layout, search, and the work a
/// keypress causes (reduce + render + frame diff), with no terminal involved.
struct CoreSuite {
    let context: BenchContext

    /// Decodes and parses a file in-process.
    static func load(_ path: String) throws -> Document {
        try Document(bytes: FileSystem.readBytes(path))
    }

    /// One screen (40 rows at 100 columns) laid out from the middle of the largest document vs
    /// the same on the bundled speech: a lazy layout costs the same whatever the size.
    func runLayout(large: Document, speech: Document, into table: inout ResultTable) {
        let rows = 40
        func screen(_ document: Document) -> (seconds: Double, wrapped: Int) {
            var wrapped = 0
            let seconds = Clock.medianOf(runs: max(context.runs, 5) * 3) {
                var layout = TextLayout(document: document, width: 100)
                let top = layout.lineStart(containing: document.utf8Count / 2)
                let lines = layout.lines(fromLineStart: top, count: rows)
                var glyphs = 0
                for line in lines { glyphs += layout.glyphs(of: line).count }
                wrapped = layout.bytesWrapped
                precondition(glyphs > 0, "the layout produced no text")
            }
            return (seconds, wrapped)
        }
        let big = screen(large)
        let small = screen(speech)
        table.add(
            "layout of one screen (100 columns × \(rows) rows) mid-document, \(context.inputs.largest.label)",
            big.seconds, against: .measured("same on the speech", small.seconds))
        table.note(
            "Layout wrapped \(big.wrapped) bytes for that screen of the \(context.inputs.largest.label) "
                + "document (\(small.wrapped) on the speech): only what is on screen is laid out.")
    }

    /// `TextSearch` over the largest document vs `wc -m` on the same file.
    func runSearch(large: Document, phrase: String, wcReference: Double, into table: inout ResultTable) {
        var count = 0
        let seconds = Clock.medianOf(runs: context.runs) {
            count = TextSearch.matches(of: phrase, in: large.text).count
        }
        table.add(
            "search for “\(phrase)” (TextSearch, \(count) matches), \(context.inputs.largest.label)", seconds,
            against: .measured("`wc -m`", wcReference), target: 0.5)
    }

    /// The in-process cost of each key on the bundled speech: reduce + render + diff; the
    /// slowest key by its median over the runs.
    func runKeys(speech: Document, into table: inout ResultTable) {
        var state = ReaderState(document: speech, width: context.columns, height: context.rows, language: .english)
        var frame = Renderer.render(state)
        var perKey: [[Double]] = Array(repeating: [], count: Self.speechKeys.count)
        for _ in 0..<max(context.runs, 5) {
            for (index, key) in Self.speechKeys.enumerated() {
                perKey[index].append(
                    Clock.measure {
                        guard let action = Keymap.action(for: key.event, in: state) else { return }
                        ReaderReducer.reduce(&state, action)
                        let next = Renderer.render(state)
                        _ = next.changes(from: frame)
                        frame = next
                    })
            }
        }
        let medians = perKey.map(Clock.median)
        let slowest = medians.indices.max { medians[$0] < medians[$1] } ?? 0
        table.add(
            "keypress on the speech, in-process reduce + render + diff (slowest of \(medians.count) keys: "
                + "`\(Self.speechKeys[slowest].label)`)",
            medians[slowest], against: .budget("5 ms", 0.005), target: 1.0)
    }

    /// `G`, `]` and `:PATH` Enter on the largest document, in-process.
    func runJumps(large: Document, gotoPath: String, into table: inout ResultTable) {
        var figures: [String: [Double]] = [:]
        for _ in 0..<context.runs {
            var state = ReaderState(document: large, width: context.columns, height: context.rows, language: .english)
            var frame = Renderer.render(state)
            func press(_ events: [InputEvent], timing label: String?) {
                for (index, event) in events.enumerated() {
                    let seconds = Clock.measure {
                        guard let action = Keymap.action(for: event, in: state) else { return }
                        ReaderReducer.reduce(&state, action)
                        let next = Renderer.render(state)
                        _ = next.changes(from: frame)
                        frame = next
                    }
                    if let label, index == events.count - 1 { figures[label, default: []].append(seconds) }
                }
            }
            press([.character(":")] + gotoPath.map { .character($0) } + [.key(.enter)], timing: ":path")
            press([.character("]")], timing: "]")
            press([.character("G")], timing: "G")
        }
        for label in ["G", "]", ":path"] {
            table.add(
                "`\(label)` in-process reduce + render + diff, \(context.inputs.largest.label)",
                Clock.median(figures[label] ?? []), against: .budget("50 ms", 0.05), target: 1.0)
        }
    }

    /// The keys pressed on the bundled speech, in order (in-process and in the pseudo-terminal).
    static let speechKeys: [(label: String, bytes: String, event: InputEvent)] = [
        ("j", "j", .character("j")), ("j", "j", .character("j")), ("k", "k", .character("k")),
        ("Space", " ", .character(" ")), ("b", "b", .character("b")), ("]", "]", .character("]")),
        ("]", "]", .character("]")), ("[", "[", .character("[")), ("}", "}", .character("}")),
        ("{", "{", .character("{")), (")", ")", .character(")")), ("(", "(", .character("(")),
        ("G", "G", .character("G")), ("g", "g", .character("g")), ("Tab", "\t", .key(.tab)),
        ("j (outline)", "j", .character("j")), ("Enter (outline)", "\r", .key(.enter)),
        ("Tab", "\t", .key(.tab)), ("?", "?", .character("?")), ("? (close)", "?", .character("?"))
    ]
}
