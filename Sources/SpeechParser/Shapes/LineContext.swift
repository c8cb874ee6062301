/// The lines of a text with what the parser already knows of each: furniture, elision, a marker
/// at its start. The title and section rules read lines through it.
struct LineContext {
    let scanner: UTF8Scanner
    let lines: [LineTable.Line]
    /// Page furniture (`FurnitureDetector`).
    let furniture: [Bool]
    /// Elision lines (`GapDetector`).
    let gaps: [Bool]
    /// Lines that open with an outline marker (accepted or not).
    let markerStarts: [Bool]
    /// Lines with an outline marker anywhere in them.
    let markerLines: [Bool]

    /// A line that holds text: not blank, not furniture.
    func hasContent(_ index: Int) -> Bool {
        guard lines.indices.contains(index), !furniture[index] else { return false }
        let content = lines[index].content
        return scanner.skipSpaces(from: content.lowerBound, limit: content.upperBound) < content.upperBound
    }

    /// The first line with content at or after `index`.
    func contentLine(from index: Int) -> Int? {
        var line = max(index, 0)
        while line < lines.count {
            if hasContent(line) { return line }
            line += 1
        }
        return nil
    }

    /// The last line with content before `index`, looking back at most `limit` lines.
    func contentLine(before index: Int, limit: Int = 16) -> Int? {
        var line = index - 1
        while line >= 0, line >= index - limit {
            if hasContent(line) { return line }
            line -= 1
        }
        return nil
    }

    func shape(_ index: Int, maximumLength: Int) -> LineShape {
        LineShape(lines[index], scanner: scanner, maximumLength: maximumLength)
    }

    /// A line that stands alone as a heading might: short, no marker, not an elision, no sentence
    /// or clause end in it or at its end, not opening with a bracket or dash, not a date, not an
    /// address or attachment line.
    func isHeadingShaped(_ index: Int, maximumLength: Int) -> LineShape? {
        guard hasContent(index), !markerLines[index], !gaps[index] else { return nil }
        let shape = shape(index, maximumLength: maximumLength)
        guard let scalars = shape.scalars, shape.hanCount >= 2, let first = scalars.first, let last = shape.lastWord,
            !Self.badOpeners.contains(first), !Self.badEndings.contains(last),
            !scalars.contains(where: { Punctuation.endsSentence($0) }), !shape.isDate,
            !Self.excludedOpenings.contains(where: shape.starts(with:))
        else { return nil }
        if let closing = scalars.last, Punctuation.isCloseParen(closing) || closing == "】" { return nil }
        return shape
    }

    /// Openings of addresses, attachments and distribution lists (`同志们`, `附件：`, `抄送：`).
    private static let excludedOpenings: [[Unicode.Scalar]] = [
        "同志们", "同学们", "各位", "女士们", "朋友们", "附件", "附录", "抄送", "抄报", "主送", "印发", "联系人", "谢谢"
    ].map { Array($0.unicodeScalars) }

    /// A heading never opens with a bracket, a dash or a list bullet (`（本文有删减）`, `——坚持…`).
    private static let badOpeners: Set<Unicode.Scalar> = [
        "（", "(", "【", "[", "〔", "—", "-", "－", "·", "•", "*", "#", "…", "～", "~", "<", "〈"
    ]
    /// Nor ends a clause (`同志们：`, `如下：`, `其中，`).
    private static let badEndings: Set<Unicode.Scalar> = ["：", ":", "，", ",", "、", "；", ";", "—", "…", "."]
}
