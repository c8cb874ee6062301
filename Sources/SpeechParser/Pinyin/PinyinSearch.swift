/// Finds an ASCII query in Chinese text by pinyin: full (`zhengjiguan`), initials (`zjg`) or
/// mixed (`zhengjg`), accepting every reading of a polyphonic character.
public enum PinyinSearch {
    /// Whether `query` is read as pinyin: ASCII letters (at least two) and digits, optionally
    /// with spaces, apostrophes or hyphens between syllables.
    public static func isPinyinQuery(_ query: String) -> Bool {
        PinyinQuery(query) != nil
    }

    /// Non-overlapping pinyin matches as UTF-8 ranges into `text`, in order, at most `limit`.
    /// `readings` must cover `text` (build it from the same document).
    public static func matches(
        of query: String, in text: String, readings: PinyinReadings, limit: Int = .max
    ) -> [Range<Int>] {
        guard let query = PinyinQuery(query), limit > 0 else { return [] }
        let prepared = PinyinText(text, readings: readings)
        return prepared.matches(of: query, readings: readings, limit: limit).map(prepared.byteRange)
    }
}
