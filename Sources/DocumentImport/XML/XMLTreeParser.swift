import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses one XML part of a package into an `XMLTree`, safely: a part with a DTD is refused
/// before parsing (no .docx or .odt part has one, and a DTD is how entity expansion and external
/// entity attacks start), external entities are never resolved, and the element count is capped.
/// A part must be UTF-8 (as every producer writes them) or start with a UTF-16 byte-order mark:
/// Foundation's `XMLParser` traps on an element name that is not valid UTF-8, which libxml2 passes
/// through from a UTF-8 document (found by the ImportFormats fuzz target).
enum XMLTreeParser {
    /// More elements than this in one part is refused (a few million even for a book).
    static let elementLimit = 4_000_000

    /// The root element of `bytes`; throws `.damaged(format:)` when they are not well-formed XML.
    static func parse(_ bytes: [UInt8], part: String, format: DocumentFormat) throws -> XMLTree {
        if containsDoctype(bytes) {
            throw DocumentImportError.damaged(format: format, detail: "\(part) declares a DTD, which is not allowed")
        }
        let isUTF16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        guard isUTF16 || String(validating: bytes, as: UTF8.self) != nil else {
            throw DocumentImportError.damaged(format: format, detail: "\(part) is not UTF-8 text")
        }
        let builder = TreeBuilder()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = builder
        let parsed = parser.parse()
        if builder.exceeded { throw DocumentImportError.tooLarge(limit: ZipPackage.defaultLimit) }
        guard parsed, let root = builder.root else {
            throw DocumentImportError.damaged(format: format, detail: "\(part) is not well-formed XML")
        }
        return root
    }

    /// Whether `<!DOCTYPE` (any case) occurs in the bytes.
    static func containsDoctype(_ bytes: [UInt8]) -> Bool {
        let needle = Array("<!doctype".utf8)
        guard bytes.count >= needle.count else { return false }
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == 0x3C {
                var matched = true
                for offset in 1..<needle.count {
                    let byte = bytes[index + offset]
                    let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    if lower != needle[offset] {
                        matched = false
                        break
                    }
                }
                if matched { return true }
            }
            index += 1
        }
        return false
    }

    /// Collects the SAX events into a tree.
    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []
        var count = 0
        var exceeded = false

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            count += 1
            guard count <= XMLTreeParser.elementLimit else {
                exceeded = true
                parser.abortParsing()
                return
            }
            var attributes: [String: String] = [:]
            for (key, value) in attributeDict { attributes[Self.localName(key)] = value }
            let element = XMLTree(name: Self.localName(elementName), attributes: attributes)
            if let parent = stack.last {
                parent.append(.element(element))
            } else if root == nil {
                root = element
            }
            stack.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.append(.text(string))
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            stack.last?.append(.text(String(decoding: block, as: UTF8.self)))
        }

        static func localName(_ name: String) -> String {
            guard let colon = name.lastIndex(of: ":") else { return name }
            return String(name[name.index(after: colon)...])
        }
    }
}
