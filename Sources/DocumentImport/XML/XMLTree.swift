/// An element of a parsed XML part: names without their namespace prefix (`w:p` → `p`), which is
/// how every producer of .docx and .odt files writes them in practice.
final class XMLTree: @unchecked Sendable {
    /// A child: an element or a run of character data.
    enum Child {
        case element(XMLTree)
        case text(String)
    }

    /// The local name.
    let name: String
    /// Attributes by local name.
    let attributes: [String: String]
    /// Children in document order (appended while parsing only).
    private(set) var children: [Child] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func append(_ child: Child) {
        children.append(child)
    }

    /// The child elements.
    var elements: [XMLTree] {
        children.compactMap { child in
            if case .element(let element) = child { return element }
            return nil
        }
    }

    /// The first child element named `name`.
    func first(_ name: String) -> XMLTree? {
        for case .element(let element) in children where element.name == name { return element }
        return nil
    }

    /// The child elements named `name`.
    func all(_ name: String) -> [XMLTree] {
        elements.filter { $0.name == name }
    }

    /// The first element named `name` at any depth (depth first), this one included.
    func descendant(_ name: String) -> XMLTree? {
        if self.name == name { return self }
        for element in elements {
            if let found = element.descendant(name) { return found }
        }
        return nil
    }

    /// The value of attribute `name` (local name).
    subscript(name: String) -> String? {
        attributes[name]
    }

    /// All character data below this element, in order.
    var text: String {
        var result = ""
        collectText(into: &result)
        return result
    }

    private func collectText(into result: inout String) {
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): element.collectText(into: &result)
            }
        }
    }
}
