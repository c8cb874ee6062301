import SpeechParser

/// Typing a search into the reader on the largest document, as a user does: `/` and then the
/// query's characters, each written to the pty as its own key.
extension TerminalSuite {
    /// Times from the last key of `phrase` until the query is echoed on screen, and until the
    /// final count (`1/N` for the `N` matches `TextSearch` finds) is.
    func runSearchTyping(phrase: String, large: Document, into table: inout ResultTable) throws {
        let input = context.inputs.largest
        let count = TextSearch.matches(of: phrase, in: large.text, limit: 100_000).count
        let final = "1/" + String(count) + " "
        var echoed: [Double] = []
        var counted: [Double] = []
        for _ in 0..<context.runs {
            let session = try startReader(on: input.path)
            try session.send("/")
            _ = try session.waitFor("/")
            try session.drain()
            var lastKey = 0.0
            for character in phrase {
                lastKey = try session.send(String(character))
            }
            echoed.append(try session.waitFor("/" + phrase) - lastKey)
            counted.append(try session.waitFor(final, timeout: 60) - lastKey)
            try session.send("\u{1B}")
            try session.drain()
            _ = try session.finish(quitKeys: "q")
        }
        let label = "typing a \(phrase.count)-character search on \(input.label)"
        table.add(
            "\(label): last key → query echoed", Clock.median(echoed), against: .budget("16 ms", 0.016), target: 1.0)
        table.add(
            "\(label): last key → final count `1/\(count)` on screen", Clock.median(counted),
            against: .budget("150 ms", 0.150), target: 1.0)
    }
}
