/// How many pages a PDF has, read from its bytes without a PDF library: the page objects that
/// are written out plainly (`/Type /Page`, not `/Pages`).
///
/// Only an estimate, used to split a conversion in halves: pages kept in compressed object
/// streams are not seen (0 means "unknown"), and an incrementally updated file may count a
/// replaced page twice. Neither can change the text, only how the work is shared.
enum PDFPageCount {
    /// The number of plainly written page objects in `bytes`.
    static func estimate(_ bytes: [UInt8]) -> Int {
        let type = Array("/Type".utf8)
        let page = Array("/Page".utf8)
        var count = 0
        var index = 0
        let end = bytes.count
        while index + type.count <= end {
            guard bytes[index] == UInt8(ascii: "/"), matches(type, in: bytes, at: index) else {
                index += 1
                continue
            }
            var next = index + type.count
            while next < end, isWhitespace(bytes[next]) { next += 1 }
            if matches(page, in: bytes, at: next) {
                let after = next + page.count
                // `/Page` ends at a delimiter or whitespace; `/Pages` is the page tree.
                if after >= end || !isRegular(bytes[after]) { count += 1 }
                next = after
            }
            index = next
        }
        return count
    }

    private static func matches(_ word: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index + word.count <= bytes.count else { return false }
        for offset in word.indices where bytes[index + offset] != word[offset] { return false }
        return true
    }

    /// PDF whitespace: NUL, tab, line feed, form feed, carriage return, space.
    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0 || byte == 9 || byte == 10 || byte == 12 || byte == 13 || byte == 32
    }

    /// A byte that continues a name (neither whitespace nor a delimiter `()<>[]{}/%`).
    private static func isRegular(_ byte: UInt8) -> Bool {
        if isWhitespace(byte) { return false }
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            return false
        default:
            return true
        }
    }
}
