import SpeechParser
import Testing

@testable import ReaderCore

/// `reading_rate` from the configuration sets the speaking times the reader shows: the status
/// line's time of the current part and the outline's sizes.
@Suite("Reader: the configured reading rate")
struct ReaderReadingRateTests {
    private func status(rate: Int?) -> String {
        let speech = ReaderFixture.speech
        var state = ReaderFixture.state(width: 100, height: 24)
        if let rate {
            ReaderReducer.reduce(&state, .reading(.configure(ReaderSettings(readingRate: rate), warning: nil)))
        }
        let index = NavigationIndex(document: speech, readings: PinyinReadings(characters: []))
        ReaderReducer.reduce(&state, .navigation(.indexReady(index)))
        ReaderFixture.apply([.startGoto] + "1".map { .promptInsert($0) } + [.promptAccept], to: &state)
        let rows = Renderer.render(state).text.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.count >= 2 ? String(rows[rows.count - 2]) : ""
    }

    @Test func theStatusLineUsesTheConfiguredRate() {
        let speech = ReaderFixture.speech
        let stats = DocumentStats(document: speech)
        let part = ReaderFixture.node("1")
        let strings = UIStrings.chinese
        let slow = strings.speakingTime(stats.minutes(ofNode: part, rate: 220))
        let fast = strings.speakingTime(stats.minutes(ofNode: part, rate: 440))
        #expect(slow != fast)
        #expect(status(rate: nil).contains(slow))
        #expect(status(rate: 440).contains(fast))
        #expect(!status(rate: 440).contains(slow))
    }
}
