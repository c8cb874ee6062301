import ArgumentParser
import SpeechParser

/// `search`'s `--in PATH`, `--literal` and `--regex`, and the matching they select.
struct SearchScopeOptions: ParsableArguments {
    @Option(
        name: .customLong("in"),
        help: "Search only inside this node and its descendants (1.2, 一(二), closing …).")
    var within: String?

    @Flag(help: "Match QUERY as written only: do not also read an ASCII query as pinyin.")
    var literal = false

    @Flag(help: "QUERY is a regular expression (Swift Regex syntax), matched as written.")
    var regex = false

    /// The UTF-8 ranges to print: literal matches, then pinyin ones; or the regex's matches.
    func matches(of query: String, in loaded: LoadedDocument) throws -> [Range<Int>] {
        let document = loaded.document
        let range = try within.map { document.nodes[try NodePath.resolve($0, in: loaded)].range }
        if regex {
            do {
                return try DocumentSearch.regexMatches(of: query, in: document, within: range).map(\.range)
            } catch let error as RegexSearchError {
                throw CLIError.invalidArgument(error.description)
            }
        }
        // Readings cost a pass of ICU over the document's distinct characters: only for pinyin queries.
        let readings = !literal && PinyinSearch.isPinyinQuery(query) ? PinyinReadings(text: document.text) : nil
        return DocumentSearch.matches(of: query, in: document, within: range, pinyin: readings).map(\.range)
    }
}
