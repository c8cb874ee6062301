/// Reads the body of an OpenDocument text (`office:text` in `content.xml`, or a flat `.fodt`)
/// into paragraphs: headings with their outline numbers rendered (`一、`, `（一）`), paragraphs,
/// list items with their numbers, table cells, spans, `text:s`, `text:tab`, `text:line-break`.
/// Tracked deletions live apart (`text:tracked-changes`) and are left out, so changes read as
/// accepted; notes, frames and tables of contents are left out.
struct OpenDocumentExtractor {
    private let outline: OpenDocumentListStyle
    private let listStyles: [String: OpenDocumentListStyle]
    private var outlineCounter = NumberingCounter()
    private var listCounters: [String: NumberingCounter] = [:]
    private(set) var paragraphs: [ImportedParagraph] = []

    init(outline: OpenDocumentListStyle, listStyles: [String: OpenDocumentListStyle]) {
        self.outline = outline
        self.listStyles = listStyles
    }

    /// The paragraphs of the `office:text` element.
    static func paragraphs(
        body: XMLTree, outline: OpenDocumentListStyle, listStyles: [String: OpenDocumentListStyle]
    ) -> [ImportedParagraph] {
        var extractor = OpenDocumentExtractor(outline: outline, listStyles: listStyles)
        extractor.readBlocks(body)
        return extractor.paragraphs
    }

    private mutating func readBlocks(_ container: XMLTree) {
        for element in container.elements {
            switch element.name {
            case "h": readHeading(element)
            case "p": paragraphs.append(ImportedParagraph(text: Self.inlineText(element)))
            case "list": readList(element, styleName: nil, depth: 0)
            case "table":
                for row in Self.rows(element) {
                    for cell in row.all("table-cell") { readBlocks(cell) }
                }
            case "section", "deletion-free-container": readBlocks(element)
            default: break  // tracked-changes, sequence-decls, forms, table-of-content, frames
            }
        }
    }

    private mutating func readHeading(_ heading: XMLTree, marker listMarker: String? = nil) {
        let level = max(heading["outline-level"].flatMap { Int($0) } ?? 1, 1)
        var marker = listMarker
        if listMarker == nil, heading["is-list-header"] != "true" {
            if heading["restart-numbering"] == "true" { outlineCounter.restart(level: level - 1) }
            let start = heading["start-value"].flatMap { Int($0) } ?? outline.start(level - 1)
            let numbers = outlineCounter.advance(level: level - 1, start: start, startOf: outline.start)
            marker = outline.marker(numbers)
        }
        paragraphs.append(ImportedParagraph(text: (marker ?? "") + Self.inlineText(heading), outlineLevel: level))
    }

    private mutating func readList(_ list: XMLTree, styleName inherited: String?, depth: Int) {
        let styleName = list["style-name"] ?? inherited ?? ""
        let style = listStyles[styleName] ?? OpenDocumentListStyle()
        // A new top-level list restarts its numbers unless it says it continues the last one.
        if depth == 0, list["continue-numbering"] != "true", list["continue-list"] == nil {
            listCounters[styleName] = nil
        }
        for item in list.elements where item.name == "list-item" || item.name == "list-header" {
            var marker: String?
            if item.name == "list-item" {
                var counter = listCounters[styleName] ?? NumberingCounter()
                if let start = item["start-value"].flatMap({ Int($0) }) {
                    counter.restart(level: depth)
                    _ = counter.advance(level: depth, start: start - 1)
                }
                let numbers = counter.advance(level: depth, start: style.start(depth), startOf: style.start)
                listCounters[styleName] = counter
                marker = style.marker(numbers)
            }
            for child in item.elements {
                switch child.name {
                case "p": paragraphs.append(ImportedParagraph(text: (marker ?? "") + Self.inlineText(child)))
                case "h": readHeading(child, marker: marker ?? "")
                case "list": readList(child, styleName: styleName, depth: depth + 1)
                default: continue
                }
                marker = nil  // the number belongs to the item's first paragraph
            }
        }
    }

    private static func rows(_ table: XMLTree) -> [XMLTree] {
        var rows: [XMLTree] = []
        for element in table.elements {
            switch element.name {
            case "table-row": rows.append(element)
            case "table-rows", "table-header-rows", "table-row-group": rows += Self.rows(element)
            default: continue
            }
        }
        return rows
    }

    /// The text of a paragraph: runs of white space collapse to one space (ODF's rule), while
    /// `text:s`, `text:tab` and `text:line-break` stand for themselves.
    static func inlineText(_ element: XMLTree) -> String {
        var result = ""
        appendInline(element, to: &result)
        return result
    }

    private static func appendInline(_ element: XMLTree, to result: inout String) {
        for child in element.children {
            switch child {
            case .text(let text):
                for character in text {
                    if character == " " || character == "\t" || character == "\n" || character == "\r" {
                        if let last = result.last, last != " ", last != "\n" { result.append(" ") }
                    } else {
                        result.append(character)
                    }
                }
            case .element(let inner):
                switch inner.name {
                case "s":
                    let count = min(max(inner["c"].flatMap { Int($0) } ?? 1, 1), 1000)
                    result += String(repeating: " ", count: count)
                case "tab": result += "\t"
                case "line-break": result += "\n"
                case "span", "a", "ruby-base", "meta", "text-input", "date", "time", "page-number", "chapter", "title",
                    "subject", "author-name", "sequence", "bookmark-ref", "reference-ref":
                    appendInline(inner, to: &result)
                case "ruby": if let base = inner.first("ruby-base") { appendInline(base, to: &result) }
                default: continue  // note, frame, number (a cached list number), annotations, bookmarks
                }
            }
        }
    }
}
