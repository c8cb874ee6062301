/// Joins the lines a PDF cut at the page width back into paragraphs.
///
/// A line joins the next when it does not end a sentence, is about as wide as the document's
/// full lines (a short line ends a paragraph), and the next line does not open with a heading
/// marker (一、 （一） 1. （1） 第X条 …). Blank lines always end a paragraph.
public enum HardWrapJoiner {
    /// Characters that end a sentence or a paragraph when a line ends with them (a closing quote
    /// or bracket after one of them counts as the same ending).
    static let endings: Set<Character> = ["。", "！", "？", "；", "：", "!", "?", ";", ":", "…", "."]
    static let closers: Set<Character> = ["”", "’", "」", "』", "）", ")", "》", "】"]

    /// The paragraphs of `lines`, one per element.
    public static func join(_ lines: [String]) -> [String] {
        let full = fullWidth(of: lines)
        var paragraphs: [String] = []
        var current = ""
        var previous: String?
        for line in lines {
            let trimmed = line.trimming(" \t\u{3000}")
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current) }
                current = ""
                previous = nil
                continue
            }
            if let previous, joins(previous, trimmed, fullWidth: full) {
                current = joined(current, trimmed)
            } else {
                if !current.isEmpty { paragraphs.append(current) }
                current = trimmed
            }
            previous = line
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// Whether `line` continues on `next`.
    static func joins(_ line: String, _ next: String, fullWidth: Int) -> Bool {
        var core = Substring(line.trimming(" \t\u{3000}"))
        while let last = core.last, closers.contains(last) { core = core.dropLast() }
        if let end = core.last, endings.contains(end) { return false }
        guard width(of: line) >= fullWidth - tolerance(fullWidth) else { return false }
        return !HeadingMarkers.startsWithMarker(next)
    }

    /// How much shorter than a full line a cut line may be: justification and the rule that
    /// punctuation never starts a line leave a line up to a few characters short.
    static func tolerance(_ full: Int) -> Int {
        max(4, full / 8)
    }

    /// The typical width of a full line: the width that the widest tenth of the lines reach.
    static func fullWidth(of lines: [String]) -> Int {
        let widths = lines.map(width).filter { $0 > 0 }.sorted()
        guard !widths.isEmpty else { return 0 }
        return widths[min(widths.count - 1, widths.count * 9 / 10)]
    }

    /// Display width: CJK and other wide characters count 2, the rest 1.
    static func width(of line: String) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            total + (scalar.value >= 0x1100 && isWide(scalar.value) ? 2 : 1)
        }
    }

    private static func isWide(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value)
            || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
    }

    /// Two pieces of one paragraph: Chinese joins without a space, Latin words with one.
    static func joined(_ head: String, _ tail: String) -> String {
        guard let last = head.unicodeScalars.last, let first = tail.unicodeScalars.first else { return head + tail }
        let latin = { (scalar: Unicode.Scalar) in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
        }
        if latin(last) && latin(first) { return head + " " + tail }
        return head + tail
    }
}
