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
    /// Words that mark chrome only around no `<h1>` (an article's header holds its title).
    static let headerWords = ["header", "topbar", "banner", "logo", "sidebar"]

    private(set) var paragraphs: [String] = []
    /// The first `<h1>` outside chrome: the article's title.
    private(set) var heading: String?
    private var current = ""

    mutating func walk(_ element: XMLTree) {
        let name = element.name
        if Self.skipped.contains(name) || Self.isChrome(element) { return }
        let isBlock = Self.blocks.contains(name)
        if isBlock { flush() }
        let before = paragraphs.count
        for child in element.children {
            switch child {
            case .text(let text): current += text
            case .element(let inner): walk(inner)
            }
        }
        if isBlock { flush() }
        if name == "h1", heading == nil, paragraphs.count > before, let title = paragraphs.last {
            heading = title
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
    static func isChrome(_ element: XMLTree) -> Bool {
        let values = ["class", "id"].compactMap { element[$0]?.lowercased() }
        for value in values {
            // Each class name whole and with its separators dropped: `main-nav`, `top-bar` → `topbar`.
            for name in value.split(separator: " ") {
                let joined = String(name.filter { $0.isLetter && $0.isASCII })
                let words = name.split(whereSeparator: { !$0.isLetter || !$0.isASCII }).map(String.init) + [joined]
                if words.contains(where: { word in chromeWords.contains { word.hasPrefix($0) || word.hasSuffix($0) } })
                {
                    return true
                }
                if words.contains(where: { word in headerWords.contains { word.hasPrefix($0) || word.hasSuffix($0) } }),
                    element.descendant("h1") == nil
                {
                    return true
                }
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
