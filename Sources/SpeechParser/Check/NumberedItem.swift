/// One numbered marker among its siblings, as the numbering rules compare them.
struct NumberedItem {
    /// The marker as written.
    let marker: String
    /// The number it carries.
    let ordinal: Int
    /// Where the marker is.
    let range: Range<Int>
    /// Its title (headings), for recognising a preview list that the sections repeat.
    let title: String
    /// An elision lies between this item and the one before it: numbers may be hidden there.
    let afterGap: Bool
}
