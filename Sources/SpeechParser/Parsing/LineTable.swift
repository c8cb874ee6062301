/// The lines of a text: CRLF, CR and LF all end a line.
struct LineTable {
    /// One line: its content (without the line break) and where the next line starts. Held as
    /// 32-bit offsets (texts of 4 GiB or more are refused before parsing): 12 bytes a line, not
    /// 24, and the table is alive at the parse's peak.
    struct Line {
        private let start: UInt32
        private let end: UInt32
        private let nextStart: UInt32

        init(content: Range<Int>, next: Int) {
            start = UInt32(clamping: content.lowerBound)
            end = UInt32(clamping: content.upperBound)
            nextStart = UInt32(clamping: next)
        }

        /// The line without its break.
        var content: Range<Int> { Int(start)..<Int(end) }
        /// Where the next line starts.
        var next: Int { Int(nextStart) }
    }

    private(set) var lines: [Line] = []

    init(_ scanner: UTF8Scanner) {
        let bytes = scanner.bytes
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        lines.reserveCapacity(Self.lineCount(scanner))
        var start = 0
        var offset = 0
        while offset < count {
            let byte = base[offset]
            if byte == 0x0A || byte == 0x0D {
                var next = offset + 1
                if byte == 0x0D, next < count, base[next] == 0x0A { next += 1 }
                lines.append(Line(content: start..<offset, next: next))
                start = next
                offset = next
            } else {
                offset = scanner.nextLineBreak(from: offset + 1, limit: count)
            }
        }
        if start < count {
            lines.append(Line(content: start..<count, next: count))
        }
    }

    /// At most how many lines the table holds: one per CR or LF byte (a CR LF pair is one line),
    /// and one for a last line without a break. Counted first with the same vectorised scan, so
    /// the table is made once at its size instead of doubling (and copying) on the way.
    private static func lineCount(_ scanner: UTF8Scanner) -> Int {
        let bytes = scanner.bytes
        let count = bytes.count
        var lines = 1
        var offset = scanner.nextLineBreak(from: 0, limit: count)
        while offset < count {
            lines += 1
            if bytes[offset] == 0x0D, offset + 1 < count, bytes[offset + 1] == 0x0A { offset += 1 }
            offset = scanner.nextLineBreak(from: offset + 1, limit: count)
        }
        return lines
    }
}
