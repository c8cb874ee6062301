/// One line read as a unit (trimmed of indentation and trailing spaces), for the rules that judge
/// whole lines: the title, unnumbered sections, page furniture.
struct LineShape {
    /// The trimmed content.
    let range: Range<Int>
    /// Its scalars, when it has at most the number asked for (nil for a longer line).
    let scalars: [Unicode.Scalar]?

    init(_ line: LineTable.Line, scanner: UTF8Scanner, maximumLength: Int) {
        let start = scanner.skipSpaces(from: line.content.lowerBound, limit: line.content.upperBound)
        range = scanner.trimTrailingSpaces(start..<line.content.upperBound)
        // At most four bytes a scalar: a range of more bytes has more scalars, unread.
        guard range.count <= 4 * maximumLength || range.count <= maximumLength else {
            scalars = nil
            return
        }
        var found: [Unicode.Scalar] = []
        var offset = range.lowerBound
        while offset < range.upperBound, let (scalar, length) = scanner.scalar(at: offset) {
            found.append(scalar)
            offset += length
        }
        scalars = found.count <= maximumLength ? found : nil
    }

    var isEmpty: Bool { range.isEmpty }

    /// Whether it has at most the scalars asked for.
    var isShort: Bool { scalars != nil }

    /// Chinese characters in a short line.
    var hanCount: Int { scalars?.filter(Self.isHan).count ?? 0 }

    /// The last scalar, closing quotes and brackets skipped.
    var lastWord: Unicode.Scalar? {
        scalars?.last { !Punctuation.isClosingMark($0) }
    }

    /// Ends with 。！？；… (after any closing quotes and brackets): a finished sentence.
    static func endsSentence(_ range: Range<Int>, _ scanner: UTF8Scanner) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, let (scalar, start) = scanner.scalar(before: end) {
            if Punctuation.isClosingMark(scalar) {
                end = start
                continue
            }
            return Punctuation.endsSentence(scalar) || scalar == "…"
        }
        return false
    }

    /// A date as a line (`一九九七年四月八日`, `（2018年1月2日）`, `2026-02-09`).
    var isDate: Bool {
        guard let scalars else { return false }
        let inner = scalars.filter {
            !Punctuation.isOpenParen($0) && !Punctuation.isCloseParen($0) && !Punctuation.isSpace($0)
        }
        if inner.last == "日", inner.contains("年") || inner.contains("月") { return true }
        let numeric = inner.filter { Punctuation.digitValue($0) != nil }.count
        return numeric >= 6
            && inner.allSatisfy { Punctuation.digitValue($0) != nil || "-./:年月日".unicodeScalars.contains($0) }
    }

    /// Whether the line spells `word` from its start.
    func starts(with word: [Unicode.Scalar]) -> Bool {
        guard let scalars, scalars.count >= word.count else { return false }
        return scalars.prefix(word.count).elementsEqual(word)
    }

    /// Whether the line ends with `word`.
    func ends(with word: [Unicode.Scalar]) -> Bool {
        guard let scalars, scalars.count >= word.count else { return false }
        return scalars.suffix(word.count).elementsEqual(word)
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
            || (0x20000...0x2FFFF).contains(scalar.value)
    }
}
