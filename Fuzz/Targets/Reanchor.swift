import Annotations
import SpeechParser

/// Re-anchoring against mutated texts: an anchor made on one text is resolved in an edited copy
/// (deletions, insertions, copies of other passages, replaced characters). A placed anchor is a
/// scalar-aligned range inside the edited text; `exact` is the stored position holding the quote,
/// `moved` some position holding it, `fuzzy` a passage within the edit budget; an unedited text
/// always gives `exact`. Stored positions and hints may be anything (a store is a file a user or
/// another program can edit): resolving must never trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReanchor(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let anchorStart = input.int(in: 0...65_535)
    let anchorLength = input.int(in: 0...80)
    let edits = input.int(in: 0...6)
    var editParameters: [(kind: Int, at: Int, length: Int, source: Int)] = []
    for _ in 0..<edits {
        editParameters.append((input.int(in: 0...3), input.int(in: 0...65_535), input.int(in: 0...40), input.int(in: 0...65_535)))
    }
    let hintMode = input.int(in: 0...3)
    let wildStart = wildValue(&input)
    let wildHint = wildValue(&input)
    let original = String(decoding: input.rest(), as: UTF8.self)
    let originalScalars = Array(original.unicodeScalars)
    let document = Document(parsing: original)
    let utf8Count = document.utf8Count
    let start = utf8Count == 0 ? 0 : anchorStart % (utf8Count + 1)
    let anchor = TextAnchor(document: document, range: start..<start + anchorLength * 3)

    // Unchanged text: exact, at the stored position.
    if !anchor.quote.exact.isEmpty {
        let same = Reanchorer(text: original).resolve(anchor)
        require(same.state == .exact && same.range == anchor.position.range, "unchanged text resolved \(same)")
    }

    let edited = apply(editParameters, to: originalScalars)
    let reanchorer = Reanchorer(text: edited)
    let editedUTF8 = Array(edited.utf8)
    let hint: Int?
    switch hintMode {
    case 0: hint = nil
    case 1: hint = wildHint
    case 2: hint = editedUTF8.isEmpty ? 0 : abs(wildHint % (editedUTF8.count + 1))
    default: hint = anchor.position.start
    }
    check(reanchorer.resolve(anchor, hint: hint), of: anchor, in: editedUTF8)

    // Stored values a damaged or hand-edited store could hold.
    let wild = TextAnchor(position: TextPositionSelector(start: wildStart, end: wildStart &+ anchorLength),
                          quote: anchor.quote, nodePath: anchor.nodePath)
    check(reanchorer.resolve(wild, hint: wildHint), of: wild, in: editedUTF8)
    let batch: [(anchor: TextAnchor, hint: Int?)] = [(anchor, hint), (wild, wildHint), (anchor, nil), (wild, nil)]
    for (item, resolution) in zip(batch, reanchorer.resolveAll(batch)) {
        check(resolution, of: item.anchor, in: editedUTF8)
    }
    return 0
}

/// A stored offset as a damaged or hand-edited store may hold it: often near the extremes of
/// Int (where arithmetic overflows), sometimes near the text, sometimes anything.
private func wildValue(_ input: inout FuzzInput) -> Int {
    let near = input.int(in: 0...40_000)
    switch input.int(in: 0...5) {
    case 0: return Int.max - near
    case 1: return Int.min + near
    case 2: return -near
    case 3: return near
    default: return input.anyInt()
    }
}

/// Applies the edits in order to the scalars of the text.
private func apply(_ edits: [(kind: Int, at: Int, length: Int, source: Int)], to original: [Unicode.Scalar]) -> String {
    var scalars = original
    for edit in edits {
        let at = scalars.isEmpty ? 0 : edit.at % (scalars.count + 1)
        let end = min(scalars.count, at + edit.length)
        switch edit.kind {
        case 0:  // delete
            scalars.removeSubrange(at..<end)
        case 1:  // insert a copy of another passage (repeated phrases, moved paragraphs)
            guard !scalars.isEmpty else { continue }
            let from = edit.source % scalars.count
            let piece = Array(scalars[from..<min(scalars.count, from + edit.length)])
            scalars.insert(contentsOf: piece, at: at)
        case 2:  // replace characters by others of the text
            guard !scalars.isEmpty else { continue }
            for offset in at..<end { scalars[offset] = scalars[(offset &* 31 &+ edit.source) % scalars.count] }
        default:  // insert new text
            let words: [Unicode.Scalar] = ["新", "的", "。", "，", "一", "、", "\n", " ", "是", "要"]
            scalars.insert(contentsOf: (0..<edit.length).map { words[($0 + edit.source) % words.count] }, at: at)
        }
    }
    return String(String.UnicodeScalarView(scalars))
}

private func check(_ resolution: AnchorResolution, of anchor: TextAnchor, in utf8: [UInt8]) {
    let quote = Array(anchor.quote.exact.utf8)
    guard resolution.state != .orphaned else {
        require(resolution.range == nil, "orphaned with a range")
        return
    }
    guard let range = resolution.range else {
        require(false, "\(resolution.state) without a range")
        return
    }
    require(isAlignedRange(range, in: utf8), "\(resolution.state) range \(range) not inside the text (\(utf8.count) bytes) on scalar boundaries")
    let found = Array(utf8[range])
    switch resolution.state {
    case .exact:
        require(range.lowerBound == anchor.position.start && found == quote, "exact, but not the quote at the stored position")
    case .moved:
        require(found == quote, "moved, but the range does not hold the quote")
    case .fuzzy:
        let quoteScalars = anchor.quote.exact.unicodeScalars.map(\.value)
        let foundScalars = String(decoding: found, as: UTF8.self).unicodeScalars.map(\.value)
        require(!found.isEmpty, "an empty fuzzy match")
        let distance = editDistance(quoteScalars, foundScalars)
        require(distance <= quoteScalars.count / 4, "fuzzy match \(distance) edits from a quote of \(quoteScalars.count)")
    case .orphaned:
        break
    }
}

/// Levenshtein distance (the inputs here are at most a few hundred scalars).
private func editDistance(_ a: [UInt32], _ b: [UInt32]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
