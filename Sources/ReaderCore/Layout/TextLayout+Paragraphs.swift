import SpeechParser

/// Finding paragraphs: each is derived from one display block on demand (binary searches over the
/// document's blocks and nodes), so nothing is precomputed for the whole document.
extension TextLayout {
    /// The paragraphs of block `index`, numbered by `part` from 0: none for a blank block, the
    /// heading sentence then the body for a block that opens with a heading, otherwise one; plus
    /// one more for each requirement item that starts inside the body text.
    func paragraphs(inBlock index: Int) -> [LayoutParagraph] {
        splitAtRequirements(wholeParagraphs(inBlock: index))
    }

    /// Each requirement item (`一是…`, `二是…`) that starts inside a body paragraph begins a
    /// paragraph of its own, so a jump to one shows it from its marker and the items of an
    /// enumeration read as a list.
    private func splitAtRequirements(_ paragraphs: [LayoutParagraph]) -> [LayoutParagraph] {
        guard let first = paragraphs.first, let last = paragraphs.last else { return paragraphs }
        let starts = requirementStarts(in: first.range.lowerBound..<last.range.upperBound)
        guard !starts.isEmpty else { return paragraphs }
        var result: [LayoutParagraph] = []
        for paragraph in paragraphs {
            guard paragraph.kind == .body else {
                result.append(paragraph)
                continue
            }
            var start = paragraph.range.lowerBound
            for cut in starts where cut > start && cut < paragraph.range.upperBound {
                result.append(
                    LayoutParagraph(
                        block: paragraph.block, part: 0, range: start..<cut, kind: .body,
                        opensClosing: paragraph.opensClosing && start == paragraph.range.lowerBound))
                start = cut
            }
            result.append(
                LayoutParagraph(
                    block: paragraph.block, part: 0, range: start..<paragraph.range.upperBound,
                    kind: .body, opensClosing: paragraph.opensClosing && start == paragraph.range.lowerBound))
        }
        // Trim first, then number: `part` must be the index in the block's list, which
        // `paragraph(after:)` and `paragraph(before:)` rely on.
        var parts = result.compactMap { part in
            trimmed(part.range).map { range in
                var trimmedPart = part
                trimmedPart.range = range
                return trimmedPart
            }
        }
        for index in parts.indices { parts[index].part = index }
        return parts
    }

    /// Start offsets of requirement nodes inside `range`, in order.
    private func requirementStarts(in range: Range<Int>) -> [Int] {
        var index = document.nodeIndex(containing: range.lowerBound) ?? 0
        var starts: [Int] = []
        while index < document.nodes.count, document.nodes[index].range.lowerBound < range.upperBound {
            let node = document.nodes[index]
            if node.kind == .requirement, node.range.lowerBound > range.lowerBound {
                starts.append(node.range.lowerBound)
            }
            index += 1
        }
        return starts
    }

    /// The paragraphs of a block before requirement items are split off.
    private func wholeParagraphs(inBlock index: Int) -> [LayoutParagraph] {
        guard document.blocks.indices.contains(index), let text = trimmed(document.blocks[index]) else {
            return []
        }
        let body = LayoutParagraph(block: index, part: 0, range: text, kind: .body)
        guard let nodeIndex = document.nodeIndex(containing: text.lowerBound) else { return [body] }
        let node = document.nodes[nodeIndex]
        // Only a node that starts in this block's leading spaces (or at its text) shapes it.
        guard node.range.lowerBound >= document.blocks[index].lowerBound else { return [body] }
        switch node.kind {
        case .gap:
            return [
                LayoutParagraph(block: index, part: 0, range: text, kind: .gap(elided: Self.elidedCount(node.title)))
            ]
        case .closing:
            return [LayoutParagraph(block: index, part: 0, range: text, kind: .body, opensClosing: true)]
        case .heading(let level) where !node.isUntitled:
            return headingParagraphs(block: index, text: text, node: node, level: level)
        case .title, .section:
            return headingParagraphs(block: index, text: text, node: node, level: 1)
        case .heading, .preamble, .requirement, .article:
            // An untitled heading has no heading line; requirements and articles are split off
            // from the body later; the preamble is body text.
            return [body]
        }
    }

    /// A heading block split after the heading sentence (its marker and title up to the sentence
    /// end), so the heading stands on its own rows and the body starts as a new paragraph.
    private func headingParagraphs(block: Int, text: Range<Int>, node: Node, level: Int) -> [LayoutParagraph] {
        var end = max(node.titleRange.upperBound, node.markerRange.upperBound)
        if end > text.lowerBound, let sentence = document.sentenceIndex(atOrAfter: end - 1),
            document.sentences[sentence].lowerBound < end
        {
            end = max(end, document.sentences[sentence].upperBound)
        }
        end = min(max(end, text.lowerBound), text.upperBound)
        let heading = LayoutParagraph(block: block, part: 0, range: text.lowerBound..<end, kind: .heading(level: level))
        guard end < text.upperBound, let rest = trimmed(end..<text.upperBound), !heading.range.isEmpty else {
            return [LayoutParagraph(block: block, part: 0, range: text, kind: .heading(level: level))]
        }
        return [heading, LayoutParagraph(block: block, part: 1, range: rest, kind: .body)]
    }

    /// The paragraph that holds `offset`; an offset in spaces or line breaks between paragraphs
    /// belongs to the next one, an offset past the last paragraph to the last one.
    func paragraph(containing offset: Int) -> LayoutParagraph? {
        let blocks = document.blocks
        var low = 0
        var high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if blocks[mid].lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        let block = max(low - 1, 0)
        for paragraph in paragraphs(inBlock: block) where offset < paragraph.range.upperBound {
            return paragraph
        }
        return firstParagraph(fromBlock: block + 1) ?? lastParagraph()
    }

    /// The first paragraph of block `start` or of the first non-blank block after it.
    func firstParagraph(fromBlock start: Int) -> LayoutParagraph? {
        var block = max(start, 0)
        while block < document.blocks.count {
            if let first = paragraphs(inBlock: block).first { return first }
            block += 1
        }
        return nil
    }

    /// The last paragraph of the document.
    func lastParagraph() -> LayoutParagraph? {
        var block = document.blocks.count - 1
        while block >= 0 {
            if let last = paragraphs(inBlock: block).last { return last }
            block -= 1
        }
        return nil
    }

    /// The paragraph after `paragraph`, or nil at the end.
    func paragraph(after paragraph: LayoutParagraph) -> LayoutParagraph? {
        let parts = paragraphs(inBlock: paragraph.block)
        if paragraph.part + 1 < parts.count { return parts[paragraph.part + 1] }
        return firstParagraph(fromBlock: paragraph.block + 1)
    }

    /// The paragraph before `paragraph`, or nil at the start.
    func paragraph(before paragraph: LayoutParagraph) -> LayoutParagraph? {
        if paragraph.part > 0 {
            let parts = paragraphs(inBlock: paragraph.block)
            if paragraph.part - 1 < parts.count { return parts[paragraph.part - 1] }
        }
        var block = paragraph.block - 1
        while block >= 0 {
            if let last = paragraphs(inBlock: block).last { return last }
            block -= 1
        }
        return nil
    }

    /// `range` without leading and trailing spaces (ASCII space, tab, CR, U+3000, NBSP); nil when
    /// nothing else is left. Source indentation is dropped: the layout indents paragraphs itself.
    func trimmed(_ range: Range<Int>) -> Range<Int>? {
        let utf8 = document.text.utf8
        let count = utf8.count
        var start = max(range.lowerBound, 0)
        var end = min(range.upperBound, count)
        func byte(_ offset: Int) -> UInt8 { utf8[utf8.index(utf8.startIndex, offsetBy: offset)] }
        func spaceLength(at offset: Int) -> Int {
            guard offset < end else { return 0 }
            switch byte(offset) {
            case 0x20, 0x09, 0x0D: return 1
            case 0xE3 where offset + 2 < end && byte(offset + 1) == 0x80 && byte(offset + 2) == 0x80: return 3
            case 0xC2 where offset + 1 < end && byte(offset + 1) == 0xA0: return 2
            default: return 0
            }
        }
        while start < end {
            let length = spaceLength(at: start)
            if length == 0 { break }
            start += length
        }
        while end > start {
            if [0x20, 0x09, 0x0D].contains(byte(end - 1)) {
                end -= 1
            } else if end - 3 >= start, byte(end - 3) == 0xE3, byte(end - 2) == 0x80, byte(end - 1) == 0x80 {
                end -= 3
            } else if end - 2 >= start, byte(end - 2) == 0xC2, byte(end - 1) == 0xA0 {
                end -= 2
            } else {
                break
            }
        }
        return start < end ? start..<end : nil
    }

    /// The number an elision line states (`此处隐藏8274字` → 8274), ASCII or full-width digits.
    static func elidedCount(_ title: String) -> Int? {
        var digits = ""
        for scalar in title.unicodeScalars {
            let value = scalar.value
            if value >= 0x30 && value <= 0x39 {
                digits.unicodeScalars.append(scalar)
            } else if value >= 0xFF10 && value <= 0xFF19, let ascii = Unicode.Scalar(value - 0xFF10 + 0x30) {
                digits.unicodeScalars.append(ascii)
            } else if !digits.isEmpty {
                break
            }
        }
        return digits.utf8.count <= 12 ? Int(digits) : nil
    }
}
