/// The paragraph styles of a .docx (`word/styles.xml`): what a style contributes to numbering and
/// to the outline level, following `w:basedOn`.
struct WordStyles: Sendable {
    /// One paragraph style.
    struct Style: Sendable {
        var name: String
        var basedOn: String?
        var numberingID: String?
        var numberingLevel: Int?
        var outlineLevel: Int?
    }

    private(set) var styles: [String: Style] = [:]
    /// The style used by paragraphs without `w:pStyle`.
    private(set) var defaultStyle: String?

    init() {}

    /// The styles in `root`, the `w:styles` element.
    init(root: XMLTree) {
        for element in root.all("style") where element["type"] == "paragraph" {
            guard let id = element["styleId"] else { continue }
            let properties = element.first("pPr")
            let numbering = properties?.first("numPr")
            styles[id] = Style(
                name: element.first("name")?["val"] ?? id,
                basedOn: element.first("basedOn")?["val"],
                numberingID: numbering?.first("numId")?["val"],
                numberingLevel: numbering?.first("ilvl")?["val"].flatMap { Int($0) },
                outlineLevel: properties?.first("outlineLvl")?["val"].flatMap { Int($0) })
            if element["default"] == "1" || element["default"] == "true" { defaultStyle = id }
        }
    }

    /// The styles from `id` up its `basedOn` chain (at most 20: a cycle is a damaged file).
    func chain(_ id: String?) -> [(id: String, style: Style)] {
        var result: [(String, Style)] = []
        var next = id ?? defaultStyle
        while let current = next, let style = styles[current], result.count < 20 {
            if result.contains(where: { $0.0 == current }) { break }
            result.append((current, style))
            next = style.basedOn
        }
        return result
    }

    /// The numbering a style gives its paragraphs (`w:numPr` on it or a style it is based on).
    func numbering(of id: String?) -> (numberingID: String, level: Int?)? {
        for (_, style) in chain(id) {
            if let numberingID = style.numberingID { return (numberingID, style.numberingLevel) }
        }
        return nil
    }

    /// The outline level (1-based) of paragraphs in style `id`: from `w:outlineLvl` (0-based,
    /// 9 = body text), else from a heading style's name (`heading 1`, `Heading 2`, `标题 3`).
    func headingLevel(of id: String?) -> Int? {
        for (styleID, style) in chain(id) {
            if let level = style.outlineLevel { return (0..<9).contains(level) ? level + 1 : nil }
            if let level = Self.headingLevel(named: style.name) ?? Self.headingLevel(named: styleID) {
                return level
            }
        }
        return nil
    }

    /// `heading 1` / `Heading1` / `标题 1` / `标题1` → 1.
    static func headingLevel(named name: String) -> Int? {
        let lowered = name.lowercased()
        for prefix in ["heading", "标题"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count).trimming(" ")
            if let level = Int(rest), (1...9).contains(level) { return level }
        }
        return nil
    }
}
