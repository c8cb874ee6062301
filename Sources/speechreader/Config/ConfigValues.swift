import SpeechParser
import TOMLKit

/// Typed reads of a parsed configuration table: each bad value becomes a warning naming the key
/// and its line (TOMLKit keeps no positions for values, so the line is found in the text).
struct ConfigValues {
    let table: TOMLTable
    let text: String
    let name: String
    private(set) var warnings: [String] = []

    init(table: TOMLTable, text: String, name: String) {
        self.table = table
        self.text = text
        self.name = name
    }

    /// The 1-based line that sets `key` (its first `key =`), or nil.
    func line(of key: String) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix(key) else { continue }
            let rest = trimmed.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("=") || (key == "check" && trimmed.hasPrefix("[check]")) { return index + 1 }
        }
        return nil
    }

    mutating func warn(_ key: String, _ problem: String) {
        let place = line(of: key).map { "\(name):\($0)" } ?? name
        warnings.append("\(place): \(key) \(problem)")
    }

    mutating func string(_ key: String, allowed: [String]) -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string, allowed.contains(text) else {
            warn(key, "must be one of " + allowed.map { "\"\($0)\"" }.joined(separator: ", "))
            return nil
        }
        return text
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else {
            warn(key, "must be true or false")
            return nil
        }
        return flag
    }

    mutating func int(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.int, range.contains(number) else {
            warn(key, "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return number
    }

    /// `[check] disabled = ["rule-id", …]`: known rule ids only.
    mutating func disabledRules() -> Set<String> {
        guard let value = table["check"] else { return [] }
        guard let check = value.table else {
            warn("check", "must be a table: [check] disabled = [\"rule-id\"]")
            return []
        }
        guard let list = check["disabled"] else { return [] }
        guard let array = list.array else {
            warn("disabled", "must be a list of rule ids")
            return []
        }
        var rules: Set<String> = []
        let known = Set(CheckRule.allCases.map(\.rawValue))
        for element in array {
            guard let id = element.string, known.contains(id) else {
                warn("disabled", "has an unknown rule id (known: \(known.sorted().joined(separator: ", ")))")
                continue
            }
            rules.insert(id)
        }
        return rules
    }
}
