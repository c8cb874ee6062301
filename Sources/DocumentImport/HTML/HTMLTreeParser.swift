import CHTMLParser

/// Parses a web page with libxml2's HTML parser (which knows HTML's entities, void and
/// unclosed elements, and with these options never loads a DTD or touches the network) into an
/// `XMLTree`: element names lowercased, only the attributes the extractor reads.
enum HTMLTreeParser {
    /// Deeper nesting than this is cut off (libxml2 itself stops at 256 levels by default).
    static let depthLimit = 512

    /// The root of the page in `html`; throws `.damaged` when libxml2 returns nothing.
    static func parse(_ html: String) throws -> XMLTree {
        var bytes = Array(html.utf8)
        let count = bytes.count
        bytes.append(0)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chtml_parse($0, Int32(count)) }
            }
        }
        guard let document = parsed else {
            throw DocumentImportError.damaged(format: .html, detail: "libxml2 cannot parse it")
        }
        defer { chtml_free(document) }
        let root = XMLTree(name: "#document", attributes: [:])
        var child = chtml_document_children(document)
        while let node = child {
            convert(node, into: root, depth: 0)
            child = chtml_next(node)
        }
        return root
    }

    private static func convert(_ node: UnsafeMutableRawPointer, into parent: XMLTree, depth: Int) {
        guard depth < depthLimit else { return }
        switch chtml_kind(node) {
        case 2:
            if let content = chtml_content(node) { parent.append(.text(String(cString: content))) }
        case 1:
            guard let rawName = chtml_name(node) else { return }
            var attributes: [String: String] = [:]
            for name in ["class", "id"] {
                if let value = chtml_attribute(node, name) {
                    attributes[name] = String(cString: value)
                    chtml_free_string(value)
                }
            }
            let element = XMLTree(name: String(cString: rawName).lowercased(), attributes: attributes)
            parent.append(.element(element))
            var child = chtml_children(node)
            while let inner = child {
                convert(inner, into: element, depth: depth + 1)
                child = chtml_next(inner)
            }
        default:
            return  // comments, DTD nodes, processing instructions
        }
    }
}
