/// Reads the body of `word/document.xml` into paragraphs of text, in order: table cells as
/// paragraphs, tabs and line breaks kept, field results shown (not field codes), tracked changes
/// shown as accepted (insertions in, deletions out), and list numbers rendered as Word shows them.
struct WordDocumentExtractor {
    private let styles: WordStyles
    private let numbering: WordNumbering
    private var lists: WordListState
    private var styleLinks: [String: (numberingID: String, level: Int)?] = [:]
    /// Open complex fields, innermost last: true while in the field's instruction part.
    private var fields: [Bool] = []
    private(set) var paragraphs: [ImportedParagraph] = []

    init(styles: WordStyles, numbering: WordNumbering) {
        self.styles = styles
        self.numbering = numbering
        lists = WordListState(numbering: numbering)
    }

    /// The paragraphs of the `w:document` root.
    static func paragraphs(document: XMLTree, styles: WordStyles, numbering: WordNumbering) -> [ImportedParagraph] {
        var extractor = WordDocumentExtractor(styles: styles, numbering: numbering)
        if let body = document.first("body") { extractor.readBlocks(body) }
        return extractor.paragraphs
    }

    /// Block-level content: paragraphs, tables and the containers around them.
    private mutating func readBlocks(_ container: XMLTree) {
        for element in container.elements {
            switch element.name {
            case "p": readParagraph(element)
            case "tbl":
                for row in element.all("tr") {
                    for cell in row.all("tc") { readBlocks(cell) }
                }
            case "sdt": if let content = element.first("sdtContent") { readBlocks(content) }
            case "customXml", "ins", "moveTo", "smartTag": readBlocks(element)
            default: break  // sectPr, del, moveFrom, bookmarks, altChunk
            }
        }
    }

    private mutating func readParagraph(_ paragraph: XMLTree) {
        let properties = paragraph.first("pPr")
        let style = properties?.first("pStyle")?["val"]
        var text = ""
        if let (numberingID, level) = numberingOf(properties, style: style),
            let marker = lists.marker(numberingID: numberingID, level: level)
        {
            text = marker
        }
        readInline(paragraph, into: &text)
        // 0…8 are heading levels; 9 (body text) and anything out of range give no level.
        let outline = properties?.first("outlineLvl")?["val"].flatMap { Int($0) }
        let level = outline.map { (0..<9).contains($0) ? $0 + 1 : 0 }
        let hint = level ?? styles.headingLevel(of: style)
        paragraphs.append(ImportedParagraph(text: text, outlineLevel: hint == 0 ? nil : hint))
    }

    /// The list a paragraph belongs to: its own `w:numPr`, else its style's, else a list level
    /// linked to its style.
    private mutating func numberingOf(_ properties: XMLTree?, style: String?) -> (String, Int)? {
        let own = properties?.first("numPr")
        let ownLevel = own?.first("ilvl")?["val"].flatMap { Int($0) }
        if let id = own?.first("numId")?["val"] {
            return (
                id, ownLevel ?? numbering.levelIndex(id, linkedTo: style) ?? styles.numbering(of: style)?.level ?? 0
            )
        }
        if let fromStyle = styles.numbering(of: style) {
            let level = ownLevel ?? fromStyle.level ?? numbering.levelIndex(fromStyle.numberingID, linkedTo: style) ?? 0
            return (fromStyle.numberingID, level)
        }
        for (id, _) in styles.chain(style) {
            if let linked = linkedList(id) { return (linked.numberingID, ownLevel ?? linked.level) }
        }
        return nil
    }

    private mutating func linkedList(_ style: String) -> (numberingID: String, level: Int)? {
        if let cached = styleLinks[style] { return cached }
        let found = numbering.linked(toStyle: style)
        styleLinks[style] = .some(found)
        return found
    }

    /// Runs and the inline containers around them.
    private mutating func readInline(_ container: XMLTree, into text: inout String) {
        for element in container.elements {
            switch element.name {
            case "r": readRun(element, into: &text)
            case "hyperlink", "smartTag", "ins", "moveTo", "fldSimple", "customXml", "bdo", "dir":
                readInline(element, into: &text)
            case "sdt": if let content = element.first("sdtContent") { readInline(content, into: &text) }
            default: break  // pPr, del, moveFrom, bookmarks, comments, proofErr
            }
        }
    }

    private mutating func readRun(_ run: XMLTree, into text: inout String) {
        for element in run.elements {
            switch element.name {
            case "t":
                if !fields.contains(true) { text += element.text }
            case "tab", "ptab": text += "\t"
            case "br":
                // A page or column break is layout, not a line of the text.
                let kind = element["type"] ?? "textWrapping"
                if kind == "textWrapping" { text += "\n" }
            case "cr": text += "\n"
            case "noBreakHyphen": text += "-"
            case "fldChar":
                switch element["fldCharType"] {
                case "begin": fields.append(true)
                case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
                case "end": _ = fields.popLast()
                default: break
                }
            default: break  // rPr, instrText, delText, drawings, footnote references
            }
        }
    }
}
