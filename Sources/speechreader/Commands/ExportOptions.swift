import Annotations
import ArgumentParser
import Foundation
import ReaderStore
import SpeechParser

/// `--format markdown | json` and what an export is stamped with.
struct ExportOptions: ParsableArguments {
    /// The export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json
    }

    @Option(name: .long, help: "markdown or json.")
    var format: Format = .markdown

    /// The export date: now, or `SOURCE_DATE_EPOCH` (seconds) when set, so an export can be
    /// reproduced byte for byte (and tested).
    static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> Timestamp {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int64.init) {
            return Timestamp(millisecondsSince1970: epoch * 1000)
        }
        return Timestamp(millisecondsSince1970: Int64((Date().timeIntervalSince1970 * 1000).rounded()))
    }

    /// The language of the Markdown's own words, by the same rule as `check` and the reader.
    static func language(environment: [String: String] = ProcessInfo.processInfo.environment) -> ExportLanguage {
        CheckLanguage(environment: environment) == .chinese ? .chinese : .english
    }

    /// Writes Markdown with control characters made visible and a final line break.
    static func writeMarkdown(_ markdown: String) {
        StandardOutput.write(FieldEscaping.escapeKeepingLines(markdown) + (markdown.hasSuffix("\n") ? "" : "\n"))
    }
}
