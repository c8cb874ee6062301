/// The cursor of a list overlay (bookmarks or notes): the selected item, the first row shown,
/// and whether a deletion waits for y/n.
public struct ListState: Hashable, Sendable {
    /// The selected item: an index into the list's items (see `ListOverlay.items`).
    public var selected: Int = 0
    /// The first row shown (rows include headings and a note's second line).
    public var top: Int = 0
    /// Whether `d` asked "delete? y/n" about the selected item.
    public var isConfirmingDelete: Bool = false

    /// A list with the first item selected.
    public init(selected: Int = 0, top: Int = 0, isConfirmingDelete: Bool = false) {
        self.selected = selected
        self.top = top
        self.isConfirmingDelete = isConfirmingDelete
    }
}
