/// Finds the soft line breaks of a hard-wrapped text: most lines are cut at one width (the full
/// line), mid-sentence, as a PDF viewer or a mail client leaves them. A break is soft when the
/// next line's first character would not have fitted on the line (so the wrap, not the writer,
/// ended it), the line does not end a sentence, and the next line is not indented and does not
/// open with a marker; every other break ends a paragraph.
enum HardWrapDetector {
    /// Lines wider than this many columns are never full lines of a wrapped text.
    private static let maximumWidth = 240
    /// The narrowest full line taken for a wrap (ten Chinese characters).
    private static let minimumWidth = 20
    /// A full line is this many columns short of the widest at most (a wide character that did
    /// not fit, punctuation set narrow).
    private static let tolerance = 2

    /// The soft breaks: each from the end of a full line's text (trailing spaces included) to the
    /// start of the next line.
    static func softBreaks(lines: [LineTable.Line], scanner: UTF8Scanner) -> [Range<Int>] {
        guard lines.count >= 6, !hasManyLongLines(lines) else { return [] }
        var widths = [Int](repeating: 0, count: lines.count)
        var histogram = [Int](repeating: 0, count: maximumWidth + 2)
        var nonEmpty = 0
        for (index, line) in lines.enumerated() {
            let width = DisplayColumns.width(
                of: scanner.trimTrailingSpaces(line.content), in: scanner,
                limit: maximumWidth + 1)
            widths[index] = width
            if width > 0 {
                nonEmpty += 1
                histogram[width] += 1
            }
        }
        guard let full = fullWidth(histogram, lines: nonEmpty),
            isWrapped(lines, widths: widths, full: full, scanner: scanner)
        else { return [] }
        let markers = MarkerScanner(scanner: scanner)
        var breaks: [Range<Int>] = []
        for index in 0..<(lines.count - 1) where widths[index] >= full - tolerance && widths[index + 1] > 0 {
            let text = scanner.trimTrailingSpaces(lines[index].content)
            let next = lines[index + 1].content
            guard !endsSentence(text, scanner), let (first, _) = scanner.scalar(at: next.lowerBound),
                widths[index] + (DisplayColumns.isWide(first.value) ? 2 : 1) > full,
                !Punctuation.isSpace(first), markers.marker(at: next.lowerBound, line: index + 1) == nil
            else { continue }
            breaks.append(text.upperBound..<next.lowerBound)
        }
        return breaks
    }

    /// Whether more than one line in twenty is too long to be a full line of a wrapped text,
    /// judged by its bytes alone (a scalar of three bytes takes at least one column): most texts
    /// are decided here, before any line is read.
    private static func hasManyLongLines(_ lines: [LineTable.Line]) -> Bool {
        var filled = 0
        var long = 0
        for line in lines where !line.content.isEmpty {
            filled += 1
            if line.content.count > 3 * (maximumWidth + tolerance + 2) { long += 1 }
        }
        return long * 20 > filled
    }

    /// The width most lines are cut at: the narrowest window top of `tolerance + 1` columns that
    /// holds the most lines, if at least half of the lines (and five) are in it.
    private static func fullWidth(_ histogram: [Int], lines: Int) -> Int? {
        var best = 0
        var bestCount = 0
        for width in minimumWidth...maximumWidth {
            let window = histogram[(width - tolerance)...width].reduce(0, +)
            if window > bestCount {
                best = width
                bestCount = window
            }
        }
        guard bestCount >= 5, bestCount * 2 >= lines else { return nil }
        // Lines clearly wider than the full line are paragraphs of a text that is not wrapped.
        let wider = histogram[min(best + tolerance + 1, histogram.count - 1)...].reduce(0, +)
        return wider * 20 <= lines ? best : nil
    }

    /// Most full lines end mid-sentence (a text of one-sentence lines of similar length is not
    /// wrapped).
    private static func isWrapped(_ lines: [LineTable.Line], widths: [Int], full: Int, scanner: UTF8Scanner) -> Bool {
        var fullLines = 0
        var ending = 0
        for (index, line) in lines.enumerated() where widths[index] >= full - tolerance && widths[index] <= full {
            fullLines += 1
            if endsSentence(scanner.trimTrailingSpaces(line.content), scanner) { ending += 1 }
        }
        return fullLines > 0 && ending * 2 < fullLines
    }

    /// The text ends with 。！？；… (closing quotes and brackets after them allowed).
    private static func endsSentence(_ text: Range<Int>, _ scanner: UTF8Scanner) -> Bool {
        var end = text.upperBound
        while end > text.lowerBound, let (scalar, start) = scanner.scalar(before: end) {
            if Punctuation.isClosingMark(scalar) {
                end = start
                continue
            }
            return Punctuation.endsSentence(scalar) || scalar == "…"
        }
        return false
    }
}
