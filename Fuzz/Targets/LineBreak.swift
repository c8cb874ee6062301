import ReaderCore

/// The line breaker at random widths: the lines cover each paragraph exactly (they concatenate
/// back to it), start and end on character boundaries, fit the width (except a single character
/// wider than the width, alone on its line), and wrapping lazily from any line start agrees.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLineBreak(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let width = input.int(in: -2...60)
    let escape = input.byte() & 1 == 1
    let text = String(decoding: input.rest(), as: UTF8.self)
    // The reader and `show --width` wrap text whose controls were made visible.
    let source = escape ? VisibleControls.escape(text) : text
    if escape {
        require(!VisibleControls.needsEscaping(source), "escaped text still needs escaping")
        require(!source.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "a control survived escaping")
    } else {
        require(VisibleControls.needsEscaping(text) == (VisibleControls.escape(text) != text), "needsEscaping disagrees with escape")
    }
    // Paragraphs as the layout sees them: slices of a larger string (non-zero start indices).
    for paragraph in source.split(separator: "\n", omittingEmptySubsequences: false) {
        checkWrap(paragraph, width: width)
    }
    checkWrap(source[...], width: width)
    return 0
}

private func checkWrap(_ paragraph: Substring, width: Int) {
    let lines = LineBreaker.wrap(paragraph, width: width)
    require(lines.isEmpty == paragraph.isEmpty, "lines of an empty paragraph, or none of a non-empty one")
    var boundaries = Set(paragraph.indices)
    boundaries.insert(paragraph.endIndex)
    var expectedStart = paragraph.startIndex
    var joined = ""
    let limit = max(width, 0)
    for line in lines {
        require(line.lowerBound == expectedStart, "lines are not contiguous")
        require(line.lowerBound < line.upperBound, "an empty line")
        require(boundaries.contains(line.upperBound), "a line ends inside a character")
        let piece = paragraph[line]
        let columns = DisplayWidth.of(piece)
        require(columns <= limit || piece.count == 1,
                "line \(String(piece).debugDescription) is \(columns) columns at width \(width)")
        let lazily = LineBreaker.lineEnd(in: paragraph, from: line.lowerBound, width: width)
        require(lazily == line.upperBound, "lineEnd from a line start disagrees with wrap")
        joined += piece
        expectedStart = line.upperBound
    }
    require(expectedStart == paragraph.endIndex, "the lines do not reach the end")
    require(joined.unicodeScalars.elementsEqual(paragraph.unicodeScalars), "the lines do not concatenate back to the paragraph")
}
