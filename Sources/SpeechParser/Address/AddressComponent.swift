/// One step of an address written in the document's own numbering: `一`, `（二）`, `二是`, `第十条`.
struct AddressComponent: Hashable, Sendable {
    /// Which markers a component may stand for.
    enum Pattern: Hashable, Sendable {
        /// A bare Chinese numeral (`二`): any Chinese-numbered marker with that value.
        case bareChinese
        /// A bare Arabic number (`2`): `2.`, `（2）`, `②` or `第2条`.
        case bareArabic
        /// `第二` without a unit: `第二，`, `第二部分`, `第二章` …
        case anyOrdinal
        /// A marker written with its punctuation or suffix: only that family.
        case family(NumberingFamily)
    }

    var pattern: Pattern
    var value: Int

    /// Whether a node whose marker reads as `number` is what this component names.
    func matches(_ number: MarkerNumber) -> Bool {
        guard number.value == value else { return false }
        switch pattern {
        case .bareChinese: return number.family.acceptsBareChinese
        case .bareArabic: return number.family.acceptsBareArabic
        case .anyOrdinal:
            if case .ordinal = number.family { return true }
            return false
        case .family(let family): return family == number.family
        }
    }
}
