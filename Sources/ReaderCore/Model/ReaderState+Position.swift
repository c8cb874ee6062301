import Annotations
import SpeechParser

/// Derived facts about the state: the reading position, the current node, the screen geometry.
extension ReaderState {
    /// Where the reader is, for the store: the viewport's anchor and the path of its node, and
    /// the cursor sentence's start.
    public var readingPosition: ReadingPosition {
        ReadingPosition(nodePath: path(at: anchor), offset: anchor, cursorOffset: cursorRange?.lowerBound)
    }

    /// The cursor sentence's range, or nil for a document without sentences.
    public var cursorRange: Range<Int>? {
        document.sentences.indices.contains(cursor) ? document.sentences[cursor] : nil
    }

    /// The offset the reader is "at": the cursor sentence's start, else the viewport's top.
    var position: Int { cursorRange?.lowerBound ?? top }

    /// The deepest node containing the cursor (the section being read), or nil before any node.
    public var currentNode: Int? {
        document.nodeIndex(containing: position)
    }

    /// The path of the node containing `offset` (empty before the first node and in a gap).
    func path(at offset: Int) -> String {
        document.nodeIndex(containing: offset).map { document.nodes[$0].path } ?? ""
    }

    /// The screen's division into panes at the current size and focus.
    var geometry: ScreenGeometry {
        ScreenGeometry(width: width, height: height, focus: focus, settings: reading.settings)
    }

    /// A fresh lazy layout of the text at the current text width.
    func makeLayout() -> TextLayout {
        TextLayout(document: document, width: geometry.layoutWidth)
    }

    /// The current place, as the jump history stores it.
    var historyEntry: JumpHistory.Entry {
        JumpHistory.Entry(anchor: anchor, cursor: cursor)
    }

    /// The outline rows shown (node indices), folds applied.
    var outlineRows: [Int] {
        navigation.outlineFilter?.rows ?? OutlineTree.visibleRows(document, folded: folded)
    }
}
