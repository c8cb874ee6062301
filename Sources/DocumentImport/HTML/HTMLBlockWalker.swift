import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Walks an HTML tree collecting the text of block elements as paragraphs, leaving out site
/// chrome.
struct HTMLBlockWalker {
    static let skipped: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "template", "svg",
        "select", "button", "head", "object", "embed", "map", "canvas", "audio", "video"
    ]
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "td", "th", "section", "article", "main",
        "blockquote", "pre", "dd", "dt", "dl", "ul", "ol", "table", "tbody", "thead", "center", "address", "figure",
        "figcaption", "caption", "hr", "body", "html"
    ]
    /// Words in a class or id that mark site chrome.
    static let chromeWords = ["nav", "menu", "toolbar", "share", "footer", "breadcrumb"]

    private(set) var paragraphs: [String] = []
    /// The first `<h1>` outside chrome: the article's title.
    private(set) var heading: String?
    private var current = ""

    mutating func walk(_ node: XMLNode) {
        switch node.kind {
        case .text:
            current += node.stringValue ?? ""
        case .element:
            guard let element = node as? XMLElement else { return }
            let name = (element.name ?? "").lowercased()
            if Self.skipped.contains(name) || Self.isChrome(element) { return }
            let isBlock = Self.blocks.contains(name)
            if isBlock { flush() }
            let before = paragraphs.count
            for child in element.children ?? [] { walk(child) }
            if isBlock { flush() }
            if name == "h1", heading == nil, paragraphs.count > before, let title = paragraphs.last {
                heading = title
            }
        default:
            return  // comments, processing instructions, DTD nodes
        }
    }

    /// Ends the paragraph being collected.
    mutating func flush() {
        let text = Self.collapse(current)
        current = ""
        if !text.isEmpty { paragraphs.append(text) }
    }

    /// Whether the element's class or id names chrome: a word of it is, starts or ends with one
    /// of `chromeWords` (`main-nav`, `navbar`, `topmenu`, `share-box`; not `unavailable`).
    static func isChrome(_ element: XMLElement) -> Bool {
        let values = ["class", "id"].compactMap { element.attribute(forName: $0)?.stringValue?.lowercased() }
        for value in values {
            let words = value.split(whereSeparator: { !$0.isLetter || !$0.isASCII })
            for word in words where chromeWords.contains(where: { word.hasPrefix($0) || word.hasSuffix($0) }) {
                return true
            }
        }
        return false
    }

    /// HTML white space collapsed: runs become one space, none between two wide (CJK)
    /// characters (CSS Text's rule for segment breaks), none at either end; no-break and
    /// ideographic spaces used as indentation go too.
    static func collapse(_ text: String) -> String {
        var result: [Character] = []
        var pendingSpace = false
        for character in text {
            if character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\u{A0}"
                || character == "\u{3000}"
            {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace, let last = result.last, !(isWide(last) && isWide(character)) {
                result.append(" ")
            }
            pendingSpace = false
            result.append(character)
        }
        return String(result)
    }

    private static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return HardWrapJoiner.width(of: String(scalar)) == 2
    }
}
