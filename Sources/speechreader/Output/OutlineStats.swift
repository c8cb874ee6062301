import Foundation
import SpeechParser

/// Sizes and speaking times for `outline --stats`, at one rate.
struct OutlineStats {
    let stats: DocumentStats
    let rate: Int

    func characters(_ index: Int) -> Int { stats.characters[index] }

    /// Minutes rounded to one decimal (the JSON value).
    func minutes(_ index: Int) -> Double { stats.minutes(ofNode: index, rate: rate) }

    /// Minutes as printed in text and TSV: always one decimal (`0.0`, `12.3`).
    func minutesText(_ index: Int) -> String {
        // The rounded value, so text, TSV and JSON agree on halves.
        String(format: "%.1f", minutes(index))
    }
}
