/// Resolves addresses against one document's tree.
///
/// A numbering address walks down the tree: each component matches the nearest descendants
/// (children first, then grandchildren, …) of the nodes the previous component matched, by the
/// marker's number and form family. So `一(二)二是` is the 二是 inside （二） inside 一、, `一.二.二`
/// finds the same node with bare numerals, and `(二)` alone matches every （二） at the shallowest
/// depth where one occurs. An untitled section (its heading lost in a gap) answers to the number
/// after its previous sibling's: in the bundled speech, `二(一)` is 2.1.
struct AddressResolver: Sendable {
    let document: Document
    /// Each node's marker read as a number, or nil.
    let numbers: [MarkerNumber?]

    init(document: Document) {
        self.document = document
        numbers = Self.markerNumbers(of: document)
    }

    func resolve(_ parsed: AddressParser.Parsed, preferWithin: Int?) -> AddressResolution {
        switch parsed {
        case .ordinalPath(let path), .name(let path):
            return document.nodeIndex(path: path).map(AddressResolution.node) ?? .notFound
        case .numbering(let components):
            var frontier: [Int?] = [nil]
            for component in components {
                var next: [Int] = []
                var seen = Set<Int>()
                for parent in frontier {
                    for index in nearestMatches(of: component, under: parent) where seen.insert(index).inserted {
                        next.append(index)
                    }
                }
                guard !next.isEmpty else { return .notFound }
                frontier = next
            }
            return choose(frontier.compactMap { $0 }.sorted(), preferWithin: preferWithin)
        }
    }

    /// One candidate is the answer; several are narrowed to those inside `preferWithin`, then
    /// inside its parent, and so on up: the nearest enclosing section that holds any decides.
    func choose(_ candidates: [Int], preferWithin: Int?) -> AddressResolution {
        guard candidates.count > 1 else { return candidates.first.map(AddressResolution.node) ?? .notFound }
        guard let preferWithin, document.nodes.indices.contains(preferWithin) else { return .ambiguous(candidates) }
        for scope in document.ancestry(of: preferWithin).reversed() {
            let inside = candidates.filter { isInside($0, scope) }
            if inside.count == 1 { return .node(inside[0]) }
            if inside.count > 1 { return .ambiguous(inside) }
        }
        return .ambiguous(candidates)
    }

    /// Whether `index` is `scope` or one of its descendants.
    func isInside(_ index: Int, _ scope: Int) -> Bool {
        var current: Int? = index
        while let node = current {
            if node == scope { return true }
            current = document.nodes[node].parent
        }
        return false
    }

    /// The matching descendants of `parent` (or of the root) at the shallowest depth that has any.
    private func nearestMatches(of component: AddressComponent, under parent: Int?) -> [Int] {
        var level = parent.map { document.nodes[$0].children } ?? document.roots
        while !level.isEmpty {
            let hits = level.filter { index in numbers[index].map(component.matches) ?? false }
            if !hits.isEmpty { return hits }
            level = level.flatMap { document.nodes[$0].children }
        }
        return []
    }

    /// Markers read as numbers; an untitled heading takes the number after its previous sibling's
    /// of the same level (nil when it has none: its number cannot be guessed).
    static func markerNumbers(of document: Document) -> [MarkerNumber?] {
        var numbers: [MarkerNumber?] = []
        numbers.reserveCapacity(document.nodes.count)
        for (index, node) in document.nodes.enumerated() {
            if node.isUntitled, let level = node.kind.headingLevel {
                numbers.append(impliedNumber(of: index, level: level, in: document, numbers: numbers))
            } else {
                // `hasMarker` asks without cutting the marker out of the text; each cut is a new string.
                numbers.append(node.hasMarker ? MarkerNumber(marker: node.marker) : nil)
            }
        }
        return numbers
    }

    private static func impliedNumber(
        of index: Int, level: Int, in document: Document, numbers: [MarkerNumber?]
    ) -> MarkerNumber? {
        let siblings = document.nodes[index].parent.map { document.nodes[$0].children } ?? document.roots
        guard let family = NumberingFamily.implied(byLevel: level),
            let position = siblings.firstIndex(of: index)
        else { return nil }
        for sibling in siblings[..<position].reversed() where document.nodes[sibling].kind.headingLevel == level {
            guard let previous = numbers[sibling], previous.family == family else { return nil }
            return MarkerNumber(family: family, value: previous.value + 1)
        }
        return nil
    }
}
