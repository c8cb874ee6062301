import SpeechParser

/// What the reader precomputes once per document for finding its way: the pinyin readings of
/// every Han character (for `/` and `:` by pinyin), the title finder built on them, and the
/// spoken-character counts of every node (for sizes and speaking times).
///
/// Building it costs a few milliseconds on a speech and most of a second on 50 MB (more when the
/// text has characters of CJK Extension B or later, whose readings ask ICU's transliterator,
/// slow to create), so the shell builds it on another thread after the first frame
/// and hands it over with `NavigationAction.indexReady`: no keystroke waits for it, and the
/// reducer stays a pure function of its inputs.
public struct NavigationIndex: Hashable, Sendable {
    /// The pinyin readings of the document's Han characters.
    public let readings: PinyinReadings
    /// Headings and requirements by title, pinyin included.
    let finder: TitleFinder
    /// Spoken characters per node.
    public let stats: DocumentStats
    /// The text it was built for: node indices and sizes hold only for that text.
    public let textHash: TextHash

    /// The index of `document` (the costly part is `PinyinReadings`).
    public init(document: Document) {
        self.init(document: document, readings: PinyinReadings(text: document.text))
    }

    /// The index of `document` with readings already built (or deliberately empty).
    public init(document: Document, readings: PinyinReadings) {
        self.readings = readings
        textHash = document.textHash
        finder = TitleFinder(document: document, readings: readings)
        stats = DocumentStats(document: document)
    }

    /// Two indexes of the same document are equal: they are derived from it alone.
    public static func == (lhs: NavigationIndex, rhs: NavigationIndex) -> Bool {
        lhs.textHash == rhs.textHash && lhs.stats == rhs.stats
            && lhs.readings.characterCount == rhs.readings.characterCount
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(textHash)
        hasher.combine(stats)
        hasher.combine(readings.characterCount)
    }
}
