/// Finds a query in a document's logical text (source lines, not wrapped screen lines), folding
/// half-/full-width forms and Latin case as `SearchFolding` describes.
public enum TextSearch {
    /// Non-overlapping matches as UTF-8 ranges into `text`, in order, at most `limit` of them.
    /// An empty query (after nothing) matches nothing.
    public static func matches(of query: String, in text: String, limit: Int = .max) -> [Range<Int>] {
        let pattern = query.unicodeScalars.map(SearchFolding.fold)
        guard let first = pattern.first, limit > 0 else { return [] }
        let leadBytes = leadBytes(for: first)
        var source = text
        source.makeContiguousUTF8()
        return source.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>] in
            let scanner = UTF8Scanner(bytes: bytes)
            var found: [Range<Int>] = []
            var offset = 0
            while offset < bytes.count, found.count < limit {
                if leadBytes[Int(bytes[offset])], let end = match(pattern, at: offset, in: scanner) {
                    found.append(offset..<end)
                    offset = end
                } else {
                    offset += 1
                }
            }
            return found
        } ?? []
    }

    /// The first bytes a match can start with, for a pattern starting with the folded `first`.
    static func leadBytes(for first: UInt32) -> [Bool] {
        var leadBytes = [Bool](repeating: false, count: 256)
        for form in SearchFolding.rawForms(of: first) {
            if let scalar = Unicode.Scalar(form), let lead = String(scalar).utf8.first { leadBytes[Int(lead)] = true }
        }
        if (first >= 0x80 && first < 0x0530) || SearchFolding.isFoldedFromTwoByteLetter(first) {
            // Several letters of these scripts fold to one (θ, Θ, ϴ), and a few fold out of them
            // (Ⱥ U+023A → ⱥ U+2C65): accept every two-byte lead.
            for lead in 0xC2...0xD4 { leadBytes[lead] = true }
        }
        return leadBytes
    }

    /// The end of a match of `pattern` starting at `offset`, or nil.
    static func match(_ pattern: [UInt32], at offset: Int, in scanner: UTF8Scanner) -> Int? {
        var position = offset
        for expected in pattern {
            guard let (scalar, length) = scanner.scalar(at: position), SearchFolding.fold(scalar) == expected else {
                return nil
            }
            position += length
        }
        return position
    }
}
