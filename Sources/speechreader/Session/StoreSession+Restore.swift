import Annotations
import Foundation
import ReaderCore
import ReaderStore

/// One bookmark per place, undo and re-attaching: the store writes behind `m`, `u` and `r`.
extension StoreSession {
    /// `m`: a new bookmark, or the one already at the place (relabelled when a new label was
    /// typed), said as such.
    func placeBookmark(_ client: any AnnotationStore, range: Range<Int>, label: String) throws -> Action {
        let placed = try client.placeBookmark(range: range, label: label)
        let path = placed.bookmark.nodePath
        let change: StoreChange
        switch placed.outcome {
        case .added: change = .added(path: path)
        case .existing: change = .existing(path: path, relabelled: false)
        case .relabelled: change = .existing(path: path, relabelled: true)
        }
        return .bookmarksChanged(try client.bookmarks(), change)
    }

    /// `u` and `r`: a deleted note or bookmark added again on its passage as it is now (an
    /// orphan's passage is gone: it cannot come back by itself), or a note anchored anew (the
    /// new note is written before the old one goes, so a failure never loses the text).
    func restoreNote(_ note: Note, _ client: any AnnotationStore) throws -> [Action] {
        guard let range = note.range else { return [.report(.reading(.nothingToUndo))] }
        _ = try client.addNote(text: note.text, range: range)
        return [.notesChanged(try client.notes(), .restored)]
    }

    /// `u` after deleting a bookmark.
    func restoreBookmark(_ bookmark: Bookmark, _ client: any AnnotationStore) throws -> [Action] {
        guard let range = bookmark.range else { return [.report(.reading(.nothingToUndo))] }
        _ = try client.placeBookmark(range: range, label: bookmark.label)
        return [.bookmarksChanged(try client.bookmarks(), .restored)]
    }

    /// `r` in the note list.
    func reattachNote(id: Int64, text: String, range: Range<Int>, _ client: any AnnotationStore) throws -> [Action] {
        let note = try client.addNote(text: text, range: range)
        try client.removeNote(id: id)
        return [.notesChanged(try client.notes(), .reattached(path: note.nodePath))]
    }
}
