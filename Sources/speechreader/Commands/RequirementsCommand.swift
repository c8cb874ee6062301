import ArgumentParser
import Foundation
import SpeechParser

/// `speechreader requirements [FILE] [--in PATH] [--tsv | --json]`: the 要点 view.
struct RequirementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "requirements",
        abstract: "List the requirements (一是 二是 …) grouped under their headings, with counts.",
        discussion:
            "--tsv prints HEADING<TAB>PATH<TAB>MARKER<TAB>TITLE, HEADING being the path of the node that holds the requirement (empty at the top level). Exits 1 when there are none."
    )

    @Argument(help: "A text file. Default: the bundled speech.")
    var file: String?

    @Option(name: .customLong("in"), help: "Only inside this node (1.2, 一(二), …).")
    var within: String?

    @OptionGroup var output: OutputFormatOptions

    func run() throws {
        let loaded = try LoadedDocument.load(file, sentences: false)  // never reads the sentence table
        let document = loaded.document
        let scope = try within.map { try NodePath.resolve($0, in: loaded) }
        let groups = document.requirementGroups(within: scope)
        guard !groups.isEmpty else {
            throw CLIError.noMatch(within.map { "requirements in \($0)" } ?? "requirements")
        }
        switch output.format {
        case .text: StandardOutput.write(text(groups, in: document))
        case .tsv: StandardOutput.write(tsv(groups, in: document))
        case .json: StandardOutput.write(try json(groups, in: document, loaded: loaded))
        }
    }

    private func text(_ groups: [RequirementGroup], in document: Document) -> String {
        var out = ""
        for group in groups {
            let heading = group.parent.map { document.nodes[$0] }
            let label = heading.map { node in
                node.isUntitled
                    ? "\(node.path)  (heading lost in the gap)" : "\(node.path)  \(node.marker)\(node.title)"
            }
            out += FieldEscaping.escape(label ?? "(top level)") + "  [\(group.requirements.count)]\n"
            for index in group.requirements {
                let node = document.nodes[index]
                out += "  " + FieldEscaping.escape("\(node.path)  \(node.marker)\(node.title)") + "\n"
            }
        }
        let total = groups.reduce(0) { $0 + $1.requirements.count }
        out += "\(total) requirements under \(groups.count) headings\n"
        return out
    }

    private func tsv(_ groups: [RequirementGroup], in document: Document) -> String {
        var out = ""
        for group in groups {
            let heading = group.parent.map { document.nodes[$0].path } ?? ""
            for index in group.requirements {
                let node = document.nodes[index]
                out +=
                    [heading, node.path, node.marker, node.title].map { FieldEscaping.escape($0) }
                    .joined(separator: "\t") + "\n"
            }
        }
        return out
    }

    private func json(_ groups: [RequirementGroup], in document: Document, loaded: LoadedDocument) throws -> String {
        func item(_ index: Int) -> RequirementsJSON.Item {
            let node = document.nodes[index]
            return RequirementsJSON.Item(
                path: node.path, marker: FieldEscaping.escape(node.marker), title: FieldEscaping.escape(node.title))
        }
        let payload = RequirementsJSON(
            file: FieldEscaping.escape(loaded.displayName),
            count: groups.reduce(0) { $0 + $1.requirements.count },
            groups: groups.map { group in
                RequirementsJSON.Group(
                    heading: group.parent.map(item), count: group.requirements.count,
                    requirements: group.requirements.map(item))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(payload), as: UTF8.self) + "\n"
    }
}

/// The JSON shape of `requirements --json`.
struct RequirementsJSON: Encodable {
    struct Item: Encodable {
        let path: String
        let marker: String
        let title: String
    }

    struct Group: Encodable {
        /// Nil for requirements at the top level.
        let heading: Item?
        let count: Int
        let requirements: [Item]
    }

    let file: String
    let count: Int
    let groups: [Group]
}
