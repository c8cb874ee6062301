/// Finds the final address of a speech: one of the last paragraphs opening with `同志们` and the like.
enum ClosingDetector {
    private static let openings: [[UInt8]] = ["同志们", "各位代表", "各位同志", "各位领导", "女士们"].map { Array($0.utf8) }
    /// How many final lines with content (page furniture does not count) may hold the closing.
    private static let window = 3

    /// The start of the closing (a line's first non-space), if one of the last lines with content
    /// opens with an address and no marker follows it.
    static func closingStart(in context: LineContext, lastMarkerStart: Int) -> Int? {
        // A speech without any heading has no closing to set apart: its 同志们 opens it.
        guard lastMarkerStart >= 0 else { return nil }
        let scanner = context.scanner
        var seen = 0
        var found: Int?
        for index in context.lines.indices.reversed() where !context.furniture[index] {
            let line = context.lines[index]
            let start = scanner.skipSpaces(from: line.content.lowerBound, limit: line.content.upperBound)
            guard start < line.content.upperBound else { continue }
            seen += 1
            if seen > window || start <= lastMarkerStart { break }
            if openings.contains(where: { scanner.matches($0, at: start) }) { found = start }
        }
        return found
    }
}
