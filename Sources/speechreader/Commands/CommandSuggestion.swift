import ArgumentParser
import Foundation

/// A mistyped subcommand (`speechreader note list`, `notes lst`) would otherwise read as a file
/// name or an unexpected argument; this finds it first and names the nearest command.
enum CommandSuggestion {
    /// The most edits a typo may be from a command to be suggested.
    static let maximumDistance = 2

    /// The one-line error for `arguments` when they start with an unknown command, else nil.
    /// `isFile` tells a document name (`speechreader speech.txt`) from a typo.
    static func unknownCommand(
        in arguments: [String], root: ParsableCommand.Type, isFile: (String) -> Bool
    ) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let commands = root.configuration.subcommands
        if let command = commands.first(where: { $0._commandName == first }) {
            let nested = command.configuration.subcommands
            guard !nested.isEmpty, arguments.count > 1, !arguments[1].hasPrefix("-") else { return nil }
            let second = arguments[1]
            guard !nested.contains(where: { $0._commandName == second }), second != "help" else { return nil }
            return message(
                for: "\(first) \(second)", typed: second, among: nested.map { $0._commandName }, parent: first)
        }
        guard first != "help", !isFile(first) else { return nil }
        let names = commands.map { $0._commandName }
        guard nearest(to: first, among: names) != nil else { return nil }
        return message(for: first, typed: first, among: names, parent: nil)
    }

    private static func message(for shown: String, typed: String, among names: [String], parent: String?) -> String {
        let prefix = parent.map { $0 + " " } ?? ""
        if let suggestion = nearest(to: typed, among: names) {
            return "unknown command '\(shown)' — did you mean '\(prefix + suggestion)'?"
        }
        return "unknown command '\(shown)' (commands: \(names.joined(separator: ", ")))"
    }

    /// The name fewest edits from `word`, if within `maximumDistance` and shorter than the word.
    static func nearest(to word: String, among names: [String]) -> String? {
        let scored = names.map { (name: $0, distance: distance(word.lowercased(), $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }),
            best.distance <= maximumDistance, best.distance < word.count
        else { return nil }
        return best.name
    }

    /// Levenshtein distance over characters.
    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs)
        let right = Array(rhs)
        guard !left.isEmpty else { return right.count }
        var previous = Array(0...right.count)
        for (row, character) in left.enumerated() {
            var current = [row + 1] + Array(repeating: 0, count: right.count)
            for column in right.indices {
                let substitution = previous[column] + (character == right[column] ? 0 : 1)
                current[column + 1] = Swift.min(substitution, previous[column + 1] + 1, current[column] + 1)
            }
            previous = current
        }
        return previous[right.count]
    }
}
