/// Finds the document's title: the format's own title when the importer passes one, else a first
/// short stand-alone line (`关于清理整顿社会团体的通知`) followed by the body. A long title broken
/// in two (`国务院办公厅转发民政部关于` / `清理整顿社会团体意见的通知`) is read whole.
enum TitleDetector {
    /// The longest title taken from the text's shape, in characters.
    private static let maximumLength = 50

    /// The title and the index of its last line (nil when it is a hint the text does not spell).
    static func title(in context: LineContext, hint rawHint: String?) -> (title: TitleLine, lastLine: Int?)? {
        let hint = rawHint.map(oneLine)
        guard let first = context.contentLine(from: 0) else {
            return hint.flatMap { $0.isEmpty ? nil : (TitleLine(range: 0..<0, titleRange: 0..<0, text: $0), nil) }
        }
        if let hint = hint?.trimmingSpaces, !hint.isEmpty {
            return spelled(hint, at: first, in: context)
        }
        guard let shape = context.isHeadingShaped(first, maximumLength: maximumLength),
            let body = context.contentLine(from: first + 1), !context.gaps[body]
        else { return nil }
        var last = first
        if body == first + 1, continues(shape, with: body, in: context) { last = body }
        return (titleLine(from: first, to: last, in: context), last)
    }

    /// The hint as a title node: over the first line (or two) when they spell it, else standing
    /// before the text. A line that holds a marker or an elision stays what it is.
    private static func spelled(_ hint: String, at first: Int, in context: LineContext) -> (TitleLine, Int?) {
        let wanted = comparable(hint)
        let start = context.lines[first].content.lowerBound
        let standing = (TitleLine(range: start..<start, titleRange: start..<start, text: hint), Int?.none)
        guard !context.markerLines[first], !context.gaps[first] else { return standing }
        let one = titleLine(from: first, to: first, in: context)
        if comparable(one.text) == wanted { return (one, first) }
        if let second = context.contentLine(from: first + 1), second == first + 1, !context.markerLines[second],
            !context.gaps[second]
        {
            let two = titleLine(from: first, to: second, in: context)
            if comparable(two.text) == wanted { return (two, second) }
        }
        return standing
    }

    /// Whether line `next` carries on the title `shape` begins: the first line stops on a word
    /// that cannot end a title (`关于`, `的`, `转发`), or only the second ends as a document does.
    private static func continues(_ shape: LineShape, with next: Int, in context: LineContext) -> Bool {
        guard let nextShape = context.isHeadingShaped(next, maximumLength: maximumLength),
            let scalars = shape.scalars, let nextScalars = nextShape.scalars,
            scalars.count + nextScalars.count <= maximumLength + 10
        else { return false }
        if connectives.contains(where: shape.ends(with:)) { return true }
        return !documentTypes.contains(where: shape.ends(with:)) && documentTypes.contains(where: nextShape.ends(with:))
    }

    private static func titleLine(from first: Int, to last: Int, in context: LineContext) -> TitleLine {
        let start = context.shape(first, maximumLength: 0).range
        let end = context.shape(last, maximumLength: 0).range
        var text = context.scanner.string(start)
        if last != first { text += context.scanner.string(end) }
        return TitleLine(
            range: context.lines[first].content.lowerBound..<context.lines[last].next,
            titleRange: start.lowerBound..<end.upperBound, text: text)
    }

    /// A hint on one line: line breaks and runs of spaces (an HTML title's) become one space.
    private static func oneLine(_ hint: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in hint.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value < 0x20 {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return String(result)
    }

    /// A title folded for comparison with a hint: spaces dropped, widths folded.
    private static func comparable(_ text: String) -> [UInt32] {
        text.unicodeScalars.filter { !Punctuation.isSpace($0) && $0 != "\n" && $0 != "\r" }.map(SearchFolding.fold)
    }

    /// Words a title line cannot end on: the title goes on in the next line.
    private static let connectives: [[Unicode.Scalar]] = [
        "关于", "的", "和", "与", "及", "以及", "对", "在", "为", "转发", "印发", "批转", "暨", "之", "等", "同"
    ].map { Array($0.unicodeScalars) }

    /// What a document's title ends with: its kind.
    private static let documentTypes: [[Unicode.Scalar]] = [
        "通知", "意见", "决定", "办法", "规定", "条例", "报告", "讲话", "方案", "纲要", "规划", "细则", "章程", "通告", "公告",
        "通报", "批复", "函", "决议", "公报", "纪要", "致辞", "发言", "演讲", "指南", "要点", "计划", "总结", "说明", "规则",
        "准则", "守则", "标准", "法"
    ].map { Array($0.unicodeScalars) }
}
