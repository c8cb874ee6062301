/// Reads a saved web page into paragraphs with libxml2's HTML parser: block elements become paragraphs; scripts, styles, navigation, headers,
/// footers, forms and elements whose class or id names site chrome (nav, menu, toolbar, share,
/// footer, breadcrumb) are left out. The article's `<h1>`, else the `<title>` without the site's
/// name, is the title and the first line.
public enum HTMLExtractor {
    /// The page in `bytes`, decoded by its byte-order mark or declared charset.
    public static func importPage(_ bytes: [UInt8]) throws -> ImportedDocument {
        try extract(html: HTMLCharset.decode(bytes))
    }

    /// The page in `html`.
    public static func extract(html: String) throws -> ImportedDocument {
        // The text is decoded already: a charset declaration left in it would make libxml2 decode
        // the UTF-8 bytes it is given a second time, as GBK.
        let root = try HTMLTreeParser.parse(HTMLCharset.declaringUTF8(html))
        var walker = HTMLBlockWalker()
        walker.walk(root)
        walker.flush()
        let title = walker.heading ?? root.descendant("title").map(\.text).flatMap(articleTitle)
        var paragraphs = walker.paragraphs
        if let title {
            if let index = paragraphs.firstIndex(of: title) { paragraphs.remove(at: index) }
            paragraphs.insert(title, at: 0)
        }
        return ImportedDocument(
            paragraphs: paragraphs.map { ImportedParagraph(text: $0) }, format: .html, title: title)
    }

    /// `<title>` without the site's name after ` - `, `_`, `|` or `——`: `关于…的讲话_某某市人民政府`.
    public static func articleTitle(_ title: String) -> String? {
        var text = HTMLBlockWalker.collapse(title)
        for separator in [" - ", " – ", " — ", "——", "_", "|", "｜", " -", "- "] {
            if let range = text.range(of: separator) {
                let head = String(text[..<range.lowerBound]).trimming(" \u{3000}")
                if !head.isEmpty { text = head }
            }
        }
        let result = text.trimming(" \u{3000}")
        return result.isEmpty ? nil : result
    }
}
