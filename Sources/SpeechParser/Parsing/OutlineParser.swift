/// Parses a decoded text into a `Document` in linear passes over its UTF-8 bytes.
///
/// A text in an unusual shape (hard-wrapped, or flattened into long lines) is read through a
/// working copy with its soft line breaks removed and its hidden paragraph breaks restored
/// (`TextShape`); every offset is mapped back, so the document keeps the text as decoded.
enum OutlineParser {
    static func parse(_ source: String, hints: ParseHints = ParseHints()) -> Document {
        var text = source
        text.makeContiguousUTF8()
        // The content hash is one long chain of multiplications: for a large text it runs on
        // another core while this one parses (it takes about half as long as the parse).
        let hash = ConcurrentHash(text, concurrently: text.utf8.count >= 1 << 20)
        let parsed = text.utf8.withContiguousStorageIfAvailable { bytes -> Document in
            let scanner = UTF8Scanner(bytes: bytes)
            let lines = LineTable(scanner).lines
            let shape = TextShape(lines: lines, scanner: scanner)
            guard !shape.edits.isEmpty else {
                // The line table is consumed by the scan, so it is freed before the sentence table
                // is made: on a large text the two were alive together at the parse's peak.
                var outline = OutlineScan(scanner: scanner, lines: consume lines, cutLineStarts: [], hints: hints)
                    .parse()
                if hints.splitsSentences { outline.splitSentences(of: scanner) }
                outline.attachText(text)
                return document(text, outline, softBreaks: [], hash: hash)
            }
            let working = shape.workingText(bytes)
            var outline = working.bytes.withUnsafeBufferPointer { workingBytes in
                let workingScanner = UTF8Scanner(bytes: workingBytes)
                var outline = OutlineScan(
                    scanner: workingScanner, lines: LineTable(workingScanner).lines,
                    cutLineStarts: working.cutLineStarts, hints: hints
                )
                .parse()
                if hints.splitsSentences { outline.splitSentences(of: workingScanner) }
                return outline.mapped(by: working.map, from: workingScanner, to: scanner)
            }
            outline.attachText(text)
            let softBreaks = shape.edits.filter { !$0.breaksLine }.map(\.original)
            return document(text, outline, softBreaks: softBreaks, hash: hash)
        }
        // A native contiguous string always offers its storage; this only guards the API's optional.
        return parsed
            ?? Document(
                text: text, nodes: [], roots: [], sentences: [], blocks: [], furniture: [], softLineBreaks: [],
                textHash: hash.value())
    }

    private static func document(
        _ text: String, _ outline: ParsedOutline, softBreaks: [Range<Int>], hash: ConcurrentHash
    ) -> Document {
        Document(
            text: text, nodes: outline.nodes, roots: outline.roots, sentences: outline.sentences,
            blocks: outline.blocks, furniture: outline.furniture, softLineBreaks: softBreaks, textHash: hash.value())
    }
}
