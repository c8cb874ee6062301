/// Figures taken through a pseudo-terminal, as a user sees them: the first frame of the reader
/// (and of `less` on the same file), jumps on the largest document, every key on the speech,
/// and the reader's peak memory.
struct TerminalSuite {
    let context: BenchContext
    /// What the first frame must show: the first words of the document.
    let firstWords = BenchInputs.firstWords()

    /// Seconds from spawn until the first words are on screen, then quits; with peak memory.
    private func firstFrame(
        _ executable: String, _ arguments: [String], environment: [String: String],
        quit: String
    ) throws -> (Double, Int) {
        let session = try PseudoTerminalSession(
            executable, arguments, environment: environment,
            rows: context.rows, columns: context.columns)
        let shown = try session.waitFor(firstWords)
        try session.drain()
        let peak = try session.finish(quitKeys: quit)
        return (shown - session.started, peak)
    }

    /// The reader on `path` with a fresh store, its first frame on screen and drawn completely.
    func startReader(on path: String) throws -> PseudoTerminalSession {
        let session = try PseudoTerminalSession(
            context.speechreader, [path], environment: try context.freshEnvironment(),
            rows: context.rows, columns: context.columns)
        _ = try session.waitFor(firstWords)
        try session.drain()
        return session
    }

    /// The reader's and `less`'s first frames on the speech and the largest document. The store
    /// exists (the warm-up run creates it) and holds the position at the start, as it would for
    /// a reader who opened the file before and quit at the top.
    func runFirstFrames(wcReference: Double, into table: inout ResultTable) throws {
        for input in [context.inputs.speech, context.inputs.largest] {
            var reader: [Double] = []
            var less: [Double] = []
            let environment = try context.freshEnvironment()
            let runReader = {
                try firstFrame(context.speechreader, [input.path], environment: environment, quit: "q").0
            }
            let runLess = { (path: String) in try firstFrame(path, [input.path], environment: environment, quit: "q").0
            }
            _ = try runReader()
            if let lessPath = context.less { _ = try runLess(lessPath) }
            for _ in 0..<context.runs {
                reader.append(try runReader())
                if let lessPath = context.less { less.append(try runLess(lessPath)) }
            }
            let isSpeech = input.path == context.inputs.speech.path
            let figure = "first frame of the reader (spawn → first words on screen), \(input.label)"
            if !less.isEmpty {
                table.add(
                    figure, Clock.median(reader), against: .measured("`less`", Clock.median(less)),
                    target: isSpeech ? 1.5 : nil)
            }
            if !isSpeech {
                table.add(figure, Clock.median(reader), against: .measured("`wc -m`", wcReference), target: 0.6)
            }
        }
        if context.less == nil {
            table.note("`less` is not installed (apt-get install less): the comparisons with it were skipped.")
        }
    }

    /// On the largest document: `:PATH` Enter, then `]`, then `G`, each from the key written to
    /// the pty until the frame showing its result arrived; and the reader's peak memory.
    func runJumps(gotoPath: String, gotoShows: String, nextShows: String, into table: inout ResultTable) throws {
        let input = context.inputs.largest
        var figures: [String: [Double]] = [:]
        var peak = 0
        for _ in 0..<context.runs {
            let session = try startReader(on: input.path)
            try session.send(":" + gotoPath)
            _ = try session.waitFor(":" + gotoPath)
            try session.drain()
            for (label, keys, shows) in [(":path", "\r", gotoShows), ("]", "]", nextShows), ("G", "G", "100%")] {
                let sent = try session.send(keys)
                figures[label, default: []].append(try session.waitFor(shows) - sent)
                try session.drain()
            }
            peak = max(peak, try session.finish(quitKeys: "q"))
        }
        for label in ["G", "]", ":path"] {
            table.add(
                "`\(label == ":path" ? ":" + gotoPath : label)` key → next frame in the pty, \(input.label)",
                Clock.median(figures[label] ?? []), against: .budget("50 ms", 0.05), target: 1.0)
        }
        table.add(
            "peak RSS of the reader (open, :path, ], G, quit), \(input.label)", Double(peak), .bytes,
            against: .measured("file size", Double(input.byteCount)), target: 1.5)
    }

    /// Every key of `CoreSuite.speechKeys` on the speech: from the key written until the last byte
    /// of the redraw it caused (the redraw is over when nothing more comes for 50 ms).
    func runKeys(into table: inout ResultTable) throws {
        var perKey: [String: [Double]] = [:]
        var order: [String] = []
        for _ in 0..<max(context.runs, 3) {
            let session = try startReader(on: context.inputs.speech.path)
            for (label, bytes, _) in CoreSuite.speechKeys {
                let sent = try session.send(bytes)
                guard let last = try session.drain() else { continue }
                if perKey[label] == nil { order.append(label) }
                perKey[label, default: []].append(last - sent)
            }
            _ = try session.finish(quitKeys: "q")
        }
        let medians = order.map { ($0, Clock.median(perKey[$0] ?? [])) }
        guard let worst = medians.max(by: { $0.1 < $1.1 }) else {
            throw BenchmarkError("no key caused a redraw on the speech")
        }
        table.add(
            "keypress on the speech, key → redraw complete in the pty (slowest of \(medians.count) keys: `\(worst.0)`)",
            worst.1, against: .budget("5 ms", 0.005), target: 1.0)
        table.note(
            "Key → redraw on the speech, medians: "
                + medians.map { "`\($0.0)` \(ResultTable.format($0.1, .seconds))" }.joined(separator: ", ") + ".")
    }
}
