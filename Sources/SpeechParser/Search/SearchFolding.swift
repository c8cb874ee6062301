/// The equivalence search uses: half-width and full-width forms are equal (`，` = `,`,
/// `（` = `(`, `１` = `1`, U+3000 = space) and Latin letters match regardless of case.
public enum SearchFolding {
    /// The folded value of one scalar.
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        var value = scalar.value
        if value >= 0xFF01, value <= 0xFF5E {
            value -= 0xFEE0  // full-width ASCII block → ASCII
        } else if value == 0x3000 {
            value = 0x20
        }
        if value >= 0x41, value <= 0x5A { return value + 0x20 }
        if value < 0x80 { return value }
        if value < 0x0530, scalar.properties.changesWhenLowercased,
            let lower = scalar.properties.lowercaseMapping.unicodeScalars.first,
            scalar.properties.lowercaseMapping.unicodeScalars.count == 1
        {
            return lower.value  // Latin-1, Latin Extended, Greek, Cyrillic
        }
        return value
    }

    /// Whether a letter below U+0530 folds to `folded` although `folded` itself is not below
    /// U+0530 (Ⱥ U+023A and Ⱦ U+023E lower-case to U+2C65 and U+2C66).
    static func isFoldedFromTwoByteLetter(_ folded: UInt32) -> Bool {
        foldedOutOfTwoByteLetters.contains(folded)
    }

    private static let foldedOutOfTwoByteLetters: Set<UInt32> = {
        var targets: Set<UInt32> = []
        for value in UInt32(0x80)..<0x0530 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let folded = fold(scalar)
            if folded < 0x80 || folded >= 0x0530 { targets.insert(folded) }
        }
        return targets
    }()

    /// The raw scalars that fold to `folded` and that a text may contain, used to find
    /// candidate positions quickly: the value itself, its upper case, and their full-width forms.
    static func rawForms(of folded: UInt32) -> [UInt32] {
        var forms: Set<UInt32> = [folded]
        if folded >= 0x61, folded <= 0x7A { forms.insert(folded - 0x20) }
        for form in Array(forms) where form >= 0x21 && form <= 0x7E { forms.insert(form + 0xFEE0) }
        if folded == 0x20 { forms.insert(0x3000) }
        if folded >= 0x80, folded < 0x0530, let scalar = Unicode.Scalar(folded) {
            for upper in scalar.properties.uppercaseMapping.unicodeScalars { forms.insert(upper.value) }
        }
        return Array(forms)
    }
}
