/// The places where a marker may start, found as the parser finds them: at the start of a
/// line (after indentation) and right after 。！？；： (and closing quotes and spaces after them).
///
/// The parser drops requirement items that do not continue a sequence (`一是…二是…四是`), so
/// the numbering rules look for them here again.
enum MarkerPositions {
    /// Every requirement-form marker of the numbered families (一是, 一要, 第一，) in the text.
    static func requirementCandidates(in text: CheckText) -> [MarkerCandidate] {
        let markers = MarkerScanner(scanner: text.scanner)
        let scanner = text.scanner
        var result: [MarkerCandidate] = []
        for (index, line) in text.lines.enumerated() {
            var offset = scanner.skipSpaces(from: line.content.lowerBound, limit: line.content.upperBound)
            var atMarkerPosition = true
            while offset < line.content.upperBound {
                if atMarkerPosition, let candidate = markers.marker(at: offset, line: index) {
                    if case .requirement(let family, _) = candidate.form, family != .ordinalWords {
                        result.append(candidate)
                    }
                    offset = candidate.range.upperBound
                }
                offset = scanner.nextMarkerOpener(from: offset, limit: line.content.upperBound)
                guard offset < line.content.upperBound, let (_, length) = scanner.scalar(at: offset) else { break }
                offset += length
                while offset < line.content.upperBound, let (mark, markLength) = scanner.scalar(at: offset),
                    Punctuation.isClosingMark(mark)
                {
                    offset += markLength
                }
                offset = scanner.skipSpaces(from: offset, limit: line.content.upperBound)
                atMarkerPosition = true
            }
        }
        return result
    }
}
