extension AnnotationStore {
    /// Adds a bookmark on `range` unless one is already there, and says which happened. Stores
    /// that keep one bookmark per place (`ReaderStore.DocumentStore`) implement it; this default
    /// for other stores (test fakes) always reports a new bookmark.
    public func placeBookmark(range: Range<Int>, label: String) throws -> BookmarkAddition {
        BookmarkAddition(bookmark: try addBookmark(range: range, label: label), outcome: .added)
    }
}
