/// Cuts the text into display blocks: lines, split again where a heading starts mid-line.
enum BlockSplitter {
    /// `breaks` must be sorted; each break inside a line starts a new block there.
    static func blocks(lines: [LineTable.Line], breaks: [Int]) -> OffsetRanges {
        var blocks = OffsetRanges()
        blocks.reserveCapacity(lines.count + breaks.count / 4)
        var nextBreak = 0
        for line in lines {
            var start = line.content.lowerBound
            while nextBreak < breaks.count, breaks[nextBreak] <= start { nextBreak += 1 }
            while nextBreak < breaks.count, breaks[nextBreak] < line.content.upperBound {
                blocks.append(start..<breaks[nextBreak])
                start = breaks[nextBreak]
                nextBreak += 1
            }
            blocks.append(start..<line.content.upperBound)
        }
        return blocks
    }
}
