/// `marker-width`: one document should write its heading brackets all full-width `（一）` or all
/// half-width `(一)`, and its dots all `1.` or all `1．`. The minority form is reported (a marker
/// mixing both, `（一)`, always is) and fixed to the majority's width; on a tie the form of the
/// first marker wins.
enum MarkerWidthRule {
    private enum Width { case half, full, mixed }

    /// One marker's width-bearing characters: the brackets, or the dot.
    private struct Marked {
        var node: Node
        var marks: [ScalarAt]
        var width: Width
    }

    static func findings(in text: CheckText) -> [Finding] {
        var brackets: [Marked] = []
        var dots: [Marked] = []
        for node in text.document.nodes where node.kind.headingLevel != nil && !node.markerRange.isEmpty {
            let scalars = scalars(of: node.markerRange, in: text)
            let parens = scalars.filter { Punctuation.isOpenParen($0.scalar) || Punctuation.isCloseParen($0.scalar) }
            if !parens.isEmpty {
                brackets.append(Marked(node: node, marks: parens, width: width(of: parens)))
            } else if let last = scalars.last, last.scalar == "." || last.scalar == "．" {
                dots.append(Marked(node: node, marks: [last], width: width(of: [last])))
            }
        }
        return minority(brackets, in: text) + minority(dots, in: text)
    }

    private static func minority(_ markers: [Marked], in text: CheckText) -> [Finding] {
        let half = markers.filter { $0.width == .half }.count
        let full = markers.filter { $0.width == .full }.count
        guard let first = markers.first(where: { $0.width != .mixed }) else {
            return markers.compactMap { fix($0, to: .full, in: text) }
        }
        let majority: Width = half == full ? first.width : (half > full ? .half : .full)
        return markers.filter { $0.width != majority }.compactMap { fix($0, to: majority, in: text) }
    }

    private static func fix(_ marked: Marked, to width: Width, in text: CheckText) -> Finding? {
        var edits: [TextEdit] = []
        for mark in marked.marks {
            let wanted =
                width == .full ? CheckCharacters.fullWidth(mark.scalar) : CheckCharacters.halfWidth(mark.scalar)
            if wanted != mark.scalar { edits.append(TextEdit(range: mark.range, replacement: String(wanted))) }
        }
        guard !edits.isEmpty else { return nil }
        var fixed = ""
        var offset = marked.node.markerRange.lowerBound
        for edit in edits {
            fixed += text.string(offset..<edit.range.lowerBound) + edit.replacement
            offset = edit.range.upperBound
        }
        fixed += text.string(offset..<marked.node.markerRange.upperBound)
        return Finding(
            rule: .markerWidth, range: marked.node.markerRange,
            message: .markerWidth(marker: marked.node.marker, fixed: fixed), edits: edits)
    }

    private static func width(of marks: [ScalarAt]) -> Width {
        let full = marks.filter { $0.scalar.value >= 0xFF00 }.count
        if full == marks.count { return .full }
        return full == 0 ? .half : .mixed
    }

    private static func scalars(of range: Range<Int>, in text: CheckText) -> [ScalarAt] {
        var result: [ScalarAt] = []
        var offset = range.lowerBound
        while offset < range.upperBound, let (scalar, length) = text.scanner.scalar(at: offset) {
            result.append(ScalarAt(scalar: scalar, offset: offset, length: length))
            offset += length
        }
        return result
    }
}
