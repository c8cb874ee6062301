/// Finds paragraphs whose line breaks were lost: a long line with spaces where the breaks were
/// (`……工作。 二、加强领导 （一）……`). Chinese prose has no spaces between words, so a long line
/// with a space run every few hundred characters, or with several right after sentence ends
/// (where paragraphs ended), is a flattened text; each run (between two non-spaces, not after a
/// Latin letter or digit, which a space may follow in mixed text) is read as a line break.
enum FlattenedParagraphs {
    /// A line shorter than this many bytes (some 200 characters) is never taken as flattened.
    private static let minimumLength = 600
    /// At least this many breaks, and one per `bytesPerBreak` bytes of the line.
    private static let minimumBreaks = 3
    private static let bytesPerBreak = 1500

    static func breaks(lines: [LineTable.Line], scanner: UTF8Scanner) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for line in lines where line.content.count >= minimumLength {
            let runs = spaceRuns(in: line.content, scanner: scanner)
            guard runs.count >= minimumBreaks else { continue }
            let afterSentences = runs.filter {
                LineShape.endsSentence(line.content.lowerBound..<$0.lowerBound, scanner)
            }
            if afterSentences.count >= minimumBreaks || runs.count * bytesPerBreak >= line.content.count {
                result += runs
            }
        }
        return result
    }

    /// Space runs inside `line` that stand between two non-spaces, after a character that is not
    /// a Latin letter or digit, and not right after a marker (`（一） 标题` keeps its title).
    private static func spaceRuns(in line: Range<Int>, scanner: UTF8Scanner) -> [Range<Int>] {
        let markers = MarkerScanner(scanner: scanner)
        var runs: [Range<Int>] = []
        var segment = line.lowerBound
        var offset = scanner.nextSpace(from: line.lowerBound, limit: line.upperBound)
        while offset < line.upperBound {
            let end = scanner.skipSpaces(from: offset, limit: line.upperBound)
            if offset > segment, end < line.upperBound, let (before, _) = scanner.scalar(before: offset),
                !Punctuation.isSpace(before),
                !(before.isASCII && (before.properties.isAlphabetic || Punctuation.digitValue(before) != nil)),
                markers.marker(at: scanner.skipSpaces(from: segment, limit: offset), line: 0)?.range.upperBound
                    != offset
            {
                runs.append(offset..<end)
                segment = end
            }
            offset = scanner.nextSpace(from: max(end, offset + 1), limit: line.upperBound)
        }
        return runs
    }
}
