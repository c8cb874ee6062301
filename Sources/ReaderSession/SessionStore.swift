import Annotations
import ReaderCore

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
}
