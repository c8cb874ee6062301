import ArgumentParser
import SpeechParser

/// `--disable rule-id[,rule-id]`, shared by `check` and `fix`.
struct CheckRuleOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Rules to turn off, comma-separated; may be repeated.", valueName: "rule-id[,rule-id]"))
    var disable: [String] = []

    /// The rules turned off.
    var disabled: Set<CheckRule> {
        get throws {
            var rules: Set<CheckRule> = []
            for list in disable {
                switch CheckRule.parseList(list) {
                case .success(let named): rules.formUnion(named)
                case .failure(let unknown):
                    let known = CheckRule.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ValidationError("unknown rule id '\(unknown.id)' (rules: \(known))")
                }
            }
            return rules
        }
    }

    func validate() throws {
        _ = try disabled
    }
}
