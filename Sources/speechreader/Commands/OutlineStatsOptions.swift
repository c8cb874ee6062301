import ArgumentParser
import Foundation
import SpeechParser

/// `outline --stats [--rate N]`.
struct OutlineStatsOptions: ParsableArguments {
    @Flag(help: "Add CHARS (characters read aloud, punctuation and spaces not counted) and MINUTES after TITLE.")
    var stats = false

    @Option(name: .customLong("rate"), help: "Speaking rate for MINUTES, in characters a minute (default 220).")
    var rateOption: Int?

    /// The rate to use: `--rate`, else the default.
    var rate: Int {
        rateOption ?? ReaderConfig.load(environment: ProcessInfo.processInfo.environment).settings.readingRate
    }

    func validate() throws {
        guard let rateOption else { return }
        if rateOption < 1 || rateOption > 100_000 {
            throw ValidationError("--rate must be a positive number of characters a minute")
        }
        if !stats { throw ValidationError("--rate is used with --stats") }
    }
}
