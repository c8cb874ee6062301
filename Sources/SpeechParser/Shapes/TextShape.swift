/// How the lines of a text are laid out, where that changes how they must be read: a
/// hard-wrapped text (lines cut at one width mid-sentence, as copied from a PDF viewer) has soft
/// line breaks inside its paragraphs; a flattened paragraph (line breaks lost, the speech run
/// into one line with spaces where the breaks were) has paragraph breaks hidden in its spaces.
///
/// The decoded text is never rewritten: the parser reads a working copy with these edits made
/// and maps every offset back (`OffsetMap`).
struct TextShape {
    /// One edit: `original` is removed (a soft line break, with the spaces before it) or
    /// replaced by a line break (`breaksLine`, a space run in a flattened paragraph).
    struct Edit {
        var original: Range<Int>
        var breaksLine: Bool
    }

    /// Sorted and disjoint.
    private(set) var edits: [Edit] = []

    init(lines: [LineTable.Line], scanner: UTF8Scanner) {
        let joins = HardWrapDetector.softBreaks(lines: lines, scanner: scanner)
        let splits = FlattenedParagraphs.breaks(lines: lines, scanner: scanner)
        guard !joins.isEmpty || !splits.isEmpty else { return }
        edits =
            joins.map { Edit(original: $0, breaksLine: false) } + splits.map { Edit(original: $0, breaksLine: true) }
        edits.sort { $0.original.lowerBound < $1.original.lowerBound }
    }

    /// The working bytes, the map back, and the working offsets where a line starts that was cut
    /// out of a flattened paragraph.
    func workingText(_ bytes: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], map: OffsetMap, cutLineStarts: [Int]) {
        var working: [UInt8] = []
        working.reserveCapacity(bytes.count)
        var mapEdits: [OffsetMap.Edit] = []
        var cutStarts: [Int] = []
        var copied = 0
        for edit in edits where edit.original.lowerBound >= copied && edit.original.upperBound <= bytes.count {
            working.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<edit.original.lowerBound]))
            let position = working.count
            if edit.breaksLine {
                working.append(0x0A)
                cutStarts.append(working.count)
            }
            mapEdits.append(
                OffsetMap.Edit(
                    working: position, workingLength: working.count - position, original: edit.original.lowerBound,
                    originalLength: edit.original.count))
            copied = edit.original.upperBound
        }
        working.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        return (working, OffsetMap(edits: mapEdits), cutStarts)
    }
}
