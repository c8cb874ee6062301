import Foundation
import SpeechParser

/// Turns a PATH argument into a node: an address (`1.2.3`, `preamble`, `一(二)二是`, `第十条`),
/// or, for `show`, a unique heading title (`show 容错`).
///
/// Exit codes: a well-formed address that names nothing is 1 (not found, as before); an argument
/// that fits several nodes is 64, like any argument the user must make more precise, and the one
/// error line lists the candidates' paths so the next attempt can use one.
enum AddressArgument {
    /// How many candidates an ambiguity message lists before "and N more".
    static let listedCandidates = 8

    private static let markerTail = CharacterSet(charactersIn: "、，,.．: ")

    static func resolve(_ argument: String, in loaded: LoadedDocument, fallingBackToTitles: Bool) throws -> Int {
        let document = loaded.document
        switch document.resolve(address: argument) {
        case .node(let index):
            return index
        case .ambiguous(let candidates):
            throw CLIError.invalidArgument(
                "“\(shown(argument))” is ambiguous in \(loaded.displayName): "
                    + candidateList(candidates, in: document) + "; give more of the path, e.g. "
                    + example(candidates, in: document))
        case .notFound:
            throw CLIError.unknownPath(argument, file: loaded.displayName)
        case .malformed:
            guard fallingBackToTitles else { throw CLIError.malformedPath(argument) }
            return try resolveTitle(argument, in: loaded)
        }
    }

    /// A unique title match (exact, prefix or substring, also by pinyin); fuzzy matches are
    /// for the interactive reader, where the user sees the list before choosing.
    private static func resolveTitle(_ argument: String, in loaded: LoadedDocument) throws -> Int {
        let document = loaded.document
        // ICU's readings cost more than the rest of `show`: build them only for a pinyin argument.
        let readings = PinyinSearch.isPinyinQuery(argument) ? nil : PinyinReadings(characters: [])
        let finder = TitleFinder(document: document, readings: readings)
        let matches = finder.matches(for: argument).filter { $0.kind != .fuzzy }
        guard let best = matches.first else {
            throw CLIError.invalidArgument(
                CLIError.malformedPath(argument).description + "; and no heading title contains it")
        }
        // The best kind wins when it is alone in its kind: an exact title beats titles that merely contain it.
        let top = matches.filter { $0.kind == best.kind }
        if top.count == 1 { return best.node }
        throw CLIError.invalidArgument(
            "“\(shown(argument))” is in \(top.count) titles of \(loaded.displayName): "
                + candidateList(top.map(\.node), in: document, withTitles: true) + "; give a path or more of the title")
    }

    private static func candidateList(_ candidates: [Int], in document: Document, withTitles: Bool = false) -> String {
        var items = candidates.prefix(listedCandidates).map { index in
            let node = document.nodes[index]
            guard withTitles else { return node.path }
            return node.path + " " + node.marker + String(node.title.prefix(16)) + (node.title.count > 16 ? "…" : "")
        }
        if candidates.count > listedCandidates { items.append("and \(candidates.count - listedCandidates) more") }
        return items.joined(separator: ", ")
    }

    /// The first candidate's address written with its ancestors' markers, e.g. `一(一)`.
    private static func example(_ candidates: [Int], in document: Document) -> String {
        guard let first = candidates.first else { return "1.2.3" }
        let markers = document.ancestry(of: first).map { index in
            // `一、(一)` reads better as `一(一)`: trailing commas and dots are optional in addresses.
            String(document.nodes[index].marker.trimmingCharacters(in: Self.markerTail))
        }
        return markers.contains(where: \.isEmpty) ? document.nodes[first].path : markers.joined()
    }

    private static func shown(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}
