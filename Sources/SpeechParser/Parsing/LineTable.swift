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
        var start = 0
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x0A || byte == 0x0D {
                var next = offset + 1
                if byte == 0x0D, next < bytes.count, bytes[next] == 0x0A { next += 1 }
                lines.append(Line(content: start..<offset, next: next))
                start = next
                offset = next
            } else {
                offset += 1
            }
        }
        if start < bytes.count {
            lines.append(Line(content: start..<bytes.count, next: bytes.count))
        }
    }
}
