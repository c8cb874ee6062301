/// Recognises elision lines left by document-sharing sites, e.g. `---此处隐藏8274字,下载后查看---`,
/// `……（此处省略2000字）……`, `【下载后查看全文】`.
///
/// Prose can mention hiding or downloading (`不隐藏问题，逐字逐句…`, `请到官网下载后查看。`), so a
/// line counts only when it says where text was cut (`此处隐藏`/`此处省略`), gives a count of hidden
/// characters (`隐藏8274字`), or is a decorated notice (`---…下载后查看---`, `【…】`).
enum GapDetector {
    private static let here = ["此处隐藏", "此处省略", "以下隐藏", "以下省略"].map { Array($0.utf8) }
    private static let verbs = ["隐藏", "省略"].map { Array($0.utf8) }
    private static let download = Array("下载后查看".utf8)
    /// Every form above contains one of these, so a line without them is never an elision.
    private static let keywords = [verbs[0], verbs[1], download]

    /// Whether the line (trimmed) is an elision marker rather than text.
    static func isGap(_ line: Range<Int>, in scanner: UTF8Scanner) -> Bool {
        // An elision line is short; a long paragraph that mentions 隐藏 is prose.
        guard !line.isEmpty, line.count <= 150, mentionsElision(line, scanner: scanner) else { return false }
        if here.contains(where: { scanner.contains($0, in: line) }) { return true }
        if verbs.contains(where: { countFollows($0, in: line, scanner: scanner) }) { return true }
        return scanner.contains(download, in: line) && isDecorated(line, scanner: scanner)
    }

    /// Whether the line contains 隐藏, 省略 or 下载后查看.
    private static func mentionsElision(_ line: Range<Int>, scanner: UTF8Scanner) -> Bool {
        var offset = scanner.nextElisionKeyword(from: line.lowerBound, limit: line.upperBound)
        while offset < line.upperBound {
            if keywords.contains(where: { offset + $0.count <= line.upperBound && scanner.matches($0, at: offset) }) {
                return true
            }
            offset = scanner.nextElisionKeyword(from: offset + 1, limit: line.upperBound)
        }
        return false
    }

    /// `隐藏8274字`: the verb, then digits, then 字.
    private static func countFollows(_ verb: [UInt8], in line: Range<Int>, scanner: UTF8Scanner) -> Bool {
        var offset = line.lowerBound
        while offset + verb.count <= line.upperBound {
            if scanner.matches(verb, at: offset) {
                var position = scanner.skipSpaces(from: offset + verb.count, limit: line.upperBound)
                var digits = 0
                while let (scalar, length) = scanner.scalar(at: position), position < line.upperBound,
                    Punctuation.digitValue(scalar) != nil
                {
                    digits += 1
                    position += length
                }
                position = scanner.skipSpaces(from: position, limit: line.upperBound)
                if digits > 0, let (unit, _) = scanner.scalar(at: position), unit == "字" { return true }
            }
            offset += 1
        }
        return false
    }

    /// The line opens with a rule or bracket (`---`, `——`, `……`, `【`, `（`, `[`), as site notices do.
    private static func isDecorated(_ line: Range<Int>, scanner: UTF8Scanner) -> Bool {
        guard let (first, _) = scanner.scalar(at: line.lowerBound) else { return false }
        return ["-", "—", "…", "【", "（", "(", "[", "=", "*", "〔"].contains(first)
    }
}
