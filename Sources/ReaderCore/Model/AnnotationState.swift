import Annotations
import SpeechParser

/// The open document's notes and bookmarks as the store last reported them, whether the store
/// takes writes, and what the reader draws from them: the annotated passages (for the text
/// pane's markers) and each outline node's own note count.
///
/// The shell loads it (`Action.storeLoaded`) and replaces the lists after every write
/// (`.notesChanged`, `.bookmarksChanged`); the reducer never invents a note or a bookmark.
public struct AnnotationState: Hashable, Sendable {
    /// The notes: anchored ones in document order, then orphans (as the store lists them).
    public private(set) var notes: [Note] = []
    /// The bookmarks, in the same order.
    public private(set) var bookmarks: [Bookmark] = []
    /// Whether writes are refused: the store is read-only, could not be opened, or is not loaded.
    public internal(set) var isReadOnly: Bool = true
    /// Why the store is not fully usable (one line from the store), if it is not.
    public internal(set) var notice: String?
    /// The passages of anchored notes, sorted by start (for the text pane's markers).
    private(set) var noteRanges: [Range<Int>] = []
    /// Anchored notes per node index: the deepest node holding the passage's start.
    private(set) var ownNoteCounts: [Int: Int] = [:]
    /// The sentences that start a bookmark, sorted by start offset.
    private(set) var bookmarkStarts: [Int] = []

    /// Nothing loaded: no notes, and writes refused until the shell says the store is there.
    public init() {}

    /// Replaces the notes, recomputing the passages and per-node counts against `document`.
    mutating func setNotes(_ notes: [Note], in document: Document) {
        self.notes = notes
        let ranges = notes.compactMap(\.range).filter { !$0.isEmpty }
        noteRanges = ranges.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        var counts: [Int: Int] = [:]
        for range in ranges {
            if let node = document.nodeIndex(containing: range.lowerBound) {
                counts[node, default: 0] += 1
            }
        }
        ownNoteCounts = counts
    }

    /// Replaces the bookmarks.
    mutating func setBookmarks(_ bookmarks: [Bookmark]) {
        self.bookmarks = bookmarks
        bookmarkStarts = bookmarks.compactMap { $0.range?.lowerBound }.sorted()
    }

    /// The anchored notes, then the orphans: the order of the note list (the store's order,
    /// kept even if a list came in another).
    var listedNotes: (anchored: [Note], orphaned: [Note]) {
        (notes.filter { $0.range != nil }, notes.filter { $0.range == nil })
    }

    /// The note passages that overlap `range`.
    func noteRanges(overlapping range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for passage in noteRanges {
            if passage.lowerBound >= range.upperBound { break }
            if passage.upperBound > range.lowerBound { result.append(passage) }
        }
        return result
    }

    /// Whether a bookmarked sentence starts inside `range`.
    func hasBookmark(startingIn range: Range<Int>) -> Bool {
        bookmarkStarts.contains { range.contains($0) }
    }

    /// The note count an outline row shows for `node`: its own notes, or, while it is folded,
    /// those of its whole subtree (so the visible counts always add up to the anchored notes).
    func noteCount(forNode node: Int, folded: Bool, in document: Document) -> Int {
        guard folded, document.nodes.indices.contains(node) else { return ownNoteCounts[node] ?? 0 }
        let depth = document.nodes[node].depth
        var total = ownNoteCounts[node] ?? 0
        var index = node + 1
        while index < document.nodes.count, document.nodes[index].depth > depth {
            total += ownNoteCounts[index] ?? 0
            index += 1
        }
        return total
    }

    /// The note with `id`, if listed.
    func note(id: Int64) -> Note? {
        notes.first { $0.id == id }
    }

    /// Equal when the lists and the store's access are (the derived indexes follow from them).
    public static func == (lhs: AnnotationState, rhs: AnnotationState) -> Bool {
        lhs.notes == rhs.notes && lhs.bookmarks == rhs.bookmarks && lhs.isReadOnly == rhs.isReadOnly
            && lhs.notice == rhs.notice
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(notes)
        hasher.combine(bookmarks)
        hasher.combine(isReadOnly)
        hasher.combine(notice)
    }
}
