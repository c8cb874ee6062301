/// The document's title as found: where it is written and what it says.
struct TitleLine {
    /// From the first line's start to the start of what follows (empty when the title is a hint
    /// that the text does not spell).
    var range: Range<Int>
    /// Where the title is written (may span a line break when a long title was broken in two).
    var titleRange: Range<Int>
    /// The title, its lines joined without the break.
    var text: String
}
