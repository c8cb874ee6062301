/// Finds unnumbered section headings, as a work report writes them (`“十四五”时期发展成就和2025年
/// 工作回顾`, `2026年工作安排`): a short line standing alone between paragraphs.
///
/// Each rule keeps out a kind of short line that is not a heading:
/// - the line is heading-shaped (`LineContext.isHeadingShaped`): no marker, no sentence or clause
///   end, no opening bracket or dash, not a date — so not a salutation (`同志们：`), a speaker's
///   label, a note (`（本文有删减）`), a date, an elision, an address or an attachment line
///   (`同志们`, `附件`, `抄送`);
/// - the paragraph before it is finished (ends with 。！？；…): not the second line of a heading
///   broken in two, not a byline under the title, not the second line of a poem or table;
/// - what follows is a heading marker or a longer paragraph with a sentence end in it: not a
///   line of a poem, a table cell or an unmarked list item (their neighbours are short too);
/// - the line after it is not a date: not a signature (`国务院办公厅` over `一九九七年四月八日`);
/// - the document has at least two of them: one short line alone is more likely an aside.
enum SectionDetector {
    /// The longest section heading, in characters.
    private static let maximumLength = 30
    private static let minimumCount = 2

    /// The trimmed title ranges of the section headings, in order; lines up to `firstLine` (the
    /// title) are not looked at.
    static func sections(in context: LineContext, from firstLine: Int) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for index in max(firstLine, 0)..<context.lines.count {
            // Cheap tests first: most lines are long paragraphs.
            guard context.lines[index].content.count <= 4 * maximumLength + 16,
                let shape = context.isHeadingShaped(index, maximumLength: maximumLength),
                let previous = context.contentLine(before: index), previous >= firstLine,
                LineShape.endsSentence(context.shape(previous, maximumLength: 0).range, context.scanner),
                let next = context.contentLine(from: index + 1), opensBody(next, after: shape, in: context)
            else { continue }
            found.append(shape.range)
        }
        return found.count >= minimumCount ? found : []
    }

    /// The line after a section heading: a marker line, or a paragraph longer than the heading
    /// with a sentence end in it.
    private static func opensBody(_ next: Int, after heading: LineShape, in context: LineContext) -> Bool {
        if context.markerStarts[next] { return true }
        guard !context.gaps[next], let length = heading.scalars?.count else { return false }
        let shape = context.shape(next, maximumLength: 4 * maximumLength)
        if shape.isDate { return false }
        guard let scalars = shape.scalars else { return true }  // longer than any heading: a paragraph
        return scalars.count > length && scalars.contains(where: { Punctuation.endsSentence($0) })
    }
}
