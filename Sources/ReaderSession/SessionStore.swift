import Annotations
import ReaderCore
import SpeechParser

/// What the run loop needs from the store for its one document. Nothing here throws: every
/// failure comes back as an action (a `.report`), so the reader shows it and goes on.
public protocol SessionStore: AnyObject {
    /// What the reader starts with: `.storeLoaded` with the notes and bookmarks (or the notice
    /// saying why there are none), then `.restore` to the saved reading position if there is one.
    /// Called once, after the first frame is on screen: a store may open its database here.
    func initialActions() -> [Action]
    /// Performs a store write other than the position; the answer is the new list or a message.
    func perform(_ effect: StoreEffect) -> [Action]
    /// Saves the reading position; the failure, if any, in one line.
    func savePosition(_ position: ReadingPosition) -> String?
    /// The file changed on disk: from now on the store works on `document` (an edited file keeps
    /// its notes), and answers with the notes and bookmarks placed in it, or the failure in one
    /// line (the reader then places the lists it has itself).
    func reopen(_ document: Document) -> Result<(notes: [Note], bookmarks: [Bookmark]), StoreFailure>
}

/// Why the store could not do what the run loop asked, in one line.
public struct StoreFailure: Error, Hashable, Sendable {
    /// What went wrong, for the status line.
    public let reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}
