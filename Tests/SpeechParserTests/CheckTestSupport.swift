@testable import SpeechParser

/// Runs the check on `text` and returns the findings of `rule` only.
func checkFindings(_ text: String, _ rule: CheckRule) -> [Finding] {
    StructureCheck.run(Document(parsing: text)).filter { $0.rule == rule }
}

/// The English messages of the findings of `rule` in `text`.
func checkMessages(_ text: String, _ rule: CheckRule) -> [String] {
    checkFindings(text, rule).map { $0.message.text(in: .english) }
}

/// What a finding covers in `text`.
func covered(_ finding: Finding, in text: String) -> String {
    Document(parsing: text).string(finding.range)
}
