/// A position as editors and compilers show it: 1-based line and 1-based column.
///
/// Columns count Unicode scalar values (code points) from the start of the line, so `一` and
/// `a` are one column each. LF, CRLF and CR each end a line, as the parser reads them.
public struct TextPosition: Hashable, Sendable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The positions of UTF-8 `offsets` in `text`, in the order given, in one pass over the text.
    /// An offset inside a scalar counts as that scalar; one past the end is after the last.
    public static func locate(_ offsets: [Int], in text: String) -> [TextPosition] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var result = [TextPosition](repeating: TextPosition(line: 1, column: 1), count: offsets.count)
        var next = 0
        var line = 1
        var column = 1
        var offset = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let length = UTF8.width(scalar)
            while next < order.count, offsets[order[next]] < offset + length {
                result[order[next]] = TextPosition(line: line, column: column)
                next += 1
            }
            if next == order.count { return result }
            if scalar == "\n" {
                if !previousWasCR { line += 1 }
                column = 1
            } else if scalar == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previousWasCR = scalar == "\r"
            offset += length
        }
        while next < order.count {
            result[order[next]] = TextPosition(line: line, column: column)
            next += 1
        }
        return result
    }
}
