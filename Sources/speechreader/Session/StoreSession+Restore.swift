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
    func restore(_ effect: StoreEffect, _ client: any AnnotationStore) throws -> [Action] {
        switch effect {
        case .restoreNote(let note):
            guard let range = note.range else { return [.report(.reading(.nothingToUndo))] }
            _ = try client.addNote(text: note.text, range: range)
            return [.notesChanged(try client.notes(), .restored)]
        case .restoreBookmark(let bookmark):
            guard let range = bookmark.range else { return [.report(.reading(.nothingToUndo))] }
            _ = try client.placeBookmark(range: range, label: bookmark.label)
            return [.bookmarksChanged(try client.bookmarks(), .restored)]
        case .reattachNote(let id, let text, let range):
            let note = try client.addNote(text: text, range: range)
            try client.removeNote(id: id)
            return [.notesChanged(try client.notes(), .reattached(path: note.nodePath))]
        default:
            return []
        }
    }
}
