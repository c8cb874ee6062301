/// The lines of a text: CRLF, CR and LF all end a line.
struct LineTable {
    /// One line: its content (without the line break) and where the next line starts.
    struct Line {
        var content: Range<Int>
        var next: Int
    }

    private(set) var lines: [Line] = []

    init(_ scanner: UTF8Scanner) {
        let bytes = scanner.bytes
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
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
}
