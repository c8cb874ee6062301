import ArgumentParser
import Foundation
import SpeechParser

/// `speechreader check [FILE] [--format text|json] [--disable rule-id,…]`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report numbering, heading-level, punctuation and other defects of a draft.",
        discussion: """
            Prints FILE:LINE:COL: warning: MESSAGE [rule-id] per finding (error: for an elision), in \
            text order; LINE and COL are 1-based, COL counts characters. Exits 1 when there are \
            findings, 0 and silent when there are none. Rules: \
            \(CheckRule.allCases.map(\.rawValue).joined(separator: ", ")).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A text file (UTF-8, UTF-16 with BOM or GB18030). Default: the bundled speech.")
    var file: String?

    @Option(name: .long, help: "text (compiler-style lines) or json (an array of findings).")
    var format: Format = .text

    @OptionGroup var rules: CheckRuleOptions

    func run() throws {
        let loaded = try LoadedDocument.load(file, sentences: false)  // never reads the sentence table
        // Rules turned off in the configuration file, and on the command line.
        let configured = ReaderConfig.load(environment: ProcessInfo.processInfo.environment)
        for warning in configured.warnings { SpeechReaderCommand.report("warning: " + warning) }
        let fromConfig = Set(configured.settings.disabledRules.compactMap(CheckRule.init(rawValue:)))
        let findings = StructureCheck.run(loaded.document, disabled: try rules.disabled.union(fromConfig))
        let report = CheckReport(
            findings: findings, displayName: loaded.displayName, text: loaded.document.text,
            language: CheckLanguage(environment: ProcessInfo.processInfo.environment))
        switch format {
        case .text: StandardOutput.write(report.lines())
        case .json: StandardOutput.write(try report.json())
        }
        // Findings are the answer, not a failure to report: stdout has them, stderr stays empty.
        if !findings.isEmpty { Foundation.exit(1) }
    }
}
