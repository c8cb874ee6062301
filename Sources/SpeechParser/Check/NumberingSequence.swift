/// The numbering rules over one run of siblings of one form: `numbering-gap`,
/// `numbering-duplicate`, `numbering-order`.
struct NumberingSequence {
    /// Whether the first item must carry 1 (not when the parent heading was lost in a gap).
    var startsAtOne: Bool
    /// Whether a new 1 silently starts a new list (requirement items: a section may hold several
    /// 一是…二是… lists), rather than being a restart to report (headings).
    var oneStartsNewList: Bool

    func findings(_ items: [NumberedItem]) -> [Finding] {
        var result: [Finding] = []
        var previous: NumberedItem?
        var run: [NumberedItem] = []
        for item in items {
            defer {
                previous = item
                run.append(item)
            }
            guard let before = previous, !item.afterGap else {
                if previous == nil, !item.afterGap, startsAtOne, item.ordinal > 1, item.ordinal != Int.max {
                    result.append(gap(item, after: nil, from: 1))
                }
                run = []
                continue
            }
            if item.ordinal == 1 {
                if !oneStartsNewList, before.ordinal > 1, !repeatsPreview(item, run) {
                    result.append(
                        finding(.numberingOrder, item, .numberingRestart(marker: item.marker, previous: before.marker)))
                } else if !oneStartsNewList, before.ordinal == 1 {
                    result.append(
                        finding(
                            .numberingDuplicate, item, .numberingDuplicate(marker: item.marker, previous: before.marker)
                        ))
                }
                run = []
                continue
            }
            if let earlier = run.first(where: { $0.ordinal == item.ordinal }) {
                result.append(
                    finding(
                        .numberingDuplicate, item, .numberingDuplicate(marker: item.marker, previous: earlier.marker)))
            } else if item.ordinal < before.ordinal {
                result.append(
                    finding(.numberingOrder, item, .numberingOrder(marker: item.marker, previous: before.marker)))
            } else if item.ordinal > before.ordinal + 1, item.ordinal != Int.max {
                result.append(gap(item, after: before, from: before.ordinal + 1))
            }
        }
        return result
    }

    private func finding(_ rule: CheckRule, _ item: NumberedItem, _ message: CheckMessage) -> Finding {
        Finding(rule: rule, range: item.range, message: message)
    }

    /// `item` skips the numbers from `from` up to its own.
    private func gap(_ item: NumberedItem, after previous: NumberedItem?, from: Int) -> Finding {
        let last = item.ordinal - 1
        let missing = MarkerNumbering.marker(like: item.marker, ordinal: from)
        let missingLast = last > from ? MarkerNumbering.marker(like: item.marker, ordinal: last) : nil
        return finding(
            .numberingGap, item,
            .numberingGap(marker: item.marker, previous: previous?.marker, missing: missing, missingLast: missingLast))
    }

    /// A restart at 1 whose title repeats the first title of the run before: that run was a
    /// preview (`下边主要讲三个问题：（一）…；（二）…；`) and the sections follow it.
    private func repeatsPreview(_ item: NumberedItem, _ run: [NumberedItem]) -> Bool {
        guard let first = run.first(where: { $0.ordinal == 1 }) else { return false }
        let previewed = Self.comparable(first.title)
        let title = Self.comparable(item.title)
        guard previewed.count >= 2, title.count >= 2 else { return false }
        return previewed.starts(with: title) || title.starts(with: previewed)
    }

    /// A title folded for comparison: widths folded, punctuation and spaces dropped.
    private static func comparable(_ title: String) -> [UInt32] {
        title.unicodeScalars.filter {
            CheckCharacters.isHan($0) || $0.properties.isAlphabetic || $0.properties.numericType != nil
        }
        .map(SearchFolding.fold)
    }
}
