import Foundation
import ReaderCore
import SpeechParser

extension OutlineFormatter {
    /// The outline with CHARS and MINUTES after TITLE: two more TSV fields, two right-aligned
    /// columns (under a header) in the tree, two more keys per node in JSON.
    func withStats(_ format: OutputFormatOptions.Format) throws -> String {
        guard let stats else { return "" }
        switch format {
        case .json:
            return try json()
        case .tsv:
            let lines = tsv().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            return zip(lines, loaded.document.nodes.indices).map { line, index in
                "\(line)\t\(stats.characters(index))\t\(stats.minutesText(index))\n"
            }.joined()
        case .text:
            return statsTree(stats)
        }
    }

    private func statsTree(_ stats: OutlineStats) -> String {
        let lines = tree().split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let widths = lines.map(DisplayWidth.of)
        let labelWidth = widths.max() ?? 0
        let chars = loaded.document.nodes.indices.map { String(stats.characters($0)) }
        let minutes = loaded.document.nodes.indices.map { stats.minutesText($0) }
        let charsWidth = max(DisplayWidth.of("CHARS"), chars.map(DisplayWidth.of).max() ?? 0)
        let minutesWidth = max(DisplayWidth.of("MINUTES"), minutes.map(DisplayWidth.of).max() ?? 0)
        func row(_ label: String, width: Int, _ count: String, _ time: String) -> String {
            label + spaces(labelWidth - width + 2) + spaces(charsWidth - DisplayWidth.of(count)) + count + "  "
                + spaces(minutesWidth - DisplayWidth.of(time)) + time + "\n"
        }
        func spaces(_ count: Int) -> String { String(repeating: " ", count: max(0, count)) }
        var out = row("", width: 0, "CHARS", "MINUTES")
        for (index, line) in lines.enumerated() {
            out += row(line, width: widths[index], chars[index], minutes[index])
        }
        let total = stats.stats.totalCharacters
        out += row(
            "(\(stats.rate) characters a minute)", width: DisplayWidth.of("(\(stats.rate) characters a minute)"),
            String(total), String(format: "%.1f", SpeakingTime.roundedMinutes(characters: total, rate: stats.rate)))
        return out
    }
}
