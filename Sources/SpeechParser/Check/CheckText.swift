/// What every rule reads: the document, a scanner over its UTF-8, its lines, and where heading
/// markers are. Valid only inside `StructureCheck.run`, which holds the text's storage.
struct CheckText {
    let document: Document
    let scanner: UTF8Scanner
    let lines: [LineTable.Line]
    /// The lines that are the author's text: without elision notices, which a site wrote and
    /// which stay as they are (the outline shows them verbatim).
    let proseLines: [LineTable.Line]
    /// Heading markers' ranges in text order: their brackets belong to `marker-width`, not to
    /// `punctuation-width` or `unbalanced-pair`.
    let headingMarkers: [Range<Int>]
    /// Where each gap (elision) node starts, in text order.
    let gapStarts: [Int]

    init(document: Document, scanner: UTF8Scanner) {
        self.document = document
        self.scanner = scanner
        lines = LineTable(scanner).lines
        var markers: [Range<Int>] = []
        var gaps: [Int] = []
        for node in document.nodes {
            if node.kind.headingLevel != nil, !node.markerRange.isEmpty { markers.append(node.markerRange) }
            if node.kind == .gap { gaps.append(node.range.lowerBound) }
        }
        headingMarkers = markers
        gapStarts = gaps
        let gapSet = Set(gaps)
        proseLines = lines.filter { line in
            !gapSet.contains(scanner.skipSpaces(from: line.content.lowerBound, limit: line.content.upperBound))
        }
    }

    /// Whether `offset` lies inside a heading marker.
    func isInHeadingMarker(_ offset: Int) -> Bool {
        var low = 0
        var high = headingMarkers.count
        while low < high {
            let mid = (low + high) / 2
            if headingMarkers[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < headingMarkers.count && headingMarkers[low].contains(offset)
    }

    /// Whether the line is an elision notice.
    func isGapLine(_ line: LineTable.Line) -> Bool {
        let start = scanner.skipSpaces(from: line.content.lowerBound, limit: line.content.upperBound)
        let index = firstGap(atOrAfter: start)
        return index < gapStarts.count && gapStarts[index] == start
    }

    /// Whether an elision starts strictly between two offsets: numbers across it may be hidden.
    func hasGap(between start: Int, and end: Int) -> Bool {
        let index = firstGap(atOrAfter: start + 1)
        return index < gapStarts.count && gapStarts[index] < end
    }

    /// The index of the first gap starting at or after `offset` (binary search; gaps are sorted).
    private func firstGap(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = gapStarts.count
        while low < high {
            let mid = (low + high) / 2
            if gapStarts[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The scalars of a line with their offsets, for rules that look at neighbours.
    func scalars(of line: LineTable.Line) -> [ScalarAt] {
        var result: [ScalarAt] = []
        var offset = line.content.lowerBound
        while offset < line.content.upperBound, let (scalar, length) = scanner.scalar(at: offset) {
            result.append(ScalarAt(scalar: scalar, offset: offset, length: length))
            offset += length
        }
        return result
    }

    /// The text of a range, as written.
    func string(_ range: Range<Int>) -> String { scanner.string(range) }
}

/// A scalar and where it is in the text.
struct ScalarAt {
    let scalar: Unicode.Scalar
    let offset: Int
    let length: Int

    var range: Range<Int> { offset..<(offset + length) }
}
