import Foundation
import SpeechParser

/// Prints findings compiler-style (`FILE:LINE:COL: warning: MESSAGE [rule-id]`) or as JSON.
/// Everything quoted from the document or the file name is escaped: no control character
/// reaches the terminal.
struct CheckReport {
    let findings: [Finding]
    let displayName: String
    let text: String
    let language: CheckLanguage

    /// One line per finding, in text order.
    func lines() -> String {
        let file = FieldEscaping.escape(displayName)
        let positions = TextPosition.locate(findings.map(\.range.lowerBound), in: text)
        var out = ""
        for (finding, position) in zip(findings, positions) {
            out += "\(file):\(position.line):\(position.column): \(finding.severity.rawValue): "
            FieldEscaping.append(finding.message.text(in: language), to: &out)
            out += " [\(finding.rule.rawValue)]\n"
        }
        return out
    }

    /// A JSON array of findings (`[]` when there are none).
    func json() throws -> String {
        let file = FieldEscaping.escape(displayName)
        let positions = TextPosition.locate(findings.map(\.range.lowerBound), in: text)
        let records = zip(findings, positions).map { finding, position in
            Record(
                file: file, line: position.line, column: position.column, offset: finding.range.lowerBound,
                length: finding.range.count, severity: finding.severity.rawValue, rule: finding.rule.rawValue,
                message: FieldEscaping.escape(finding.message.text(in: language)), fixable: !finding.edits.isEmpty)
        }
        guard !records.isEmpty else { return "[]\n" }  // (pretty printing writes an empty array on three lines)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(records), as: UTF8.self) + "\n"
    }

    /// One finding in JSON: offsets and lengths in UTF-8 bytes, line and column 1-based.
    private struct Record: Encodable {
        let file: String
        let line: Int
        let column: Int
        let offset: Int
        let length: Int
        let severity: String
        let rule: String
        let message: String
        let fixable: Bool
    }
}
