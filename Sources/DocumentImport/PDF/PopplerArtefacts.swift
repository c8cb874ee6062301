/// Undoes what `pdftotext` adds to a text that the document never had.
enum PopplerArtefacts {
    /// Repairs `text` as printed by `pdftotext`:
    /// - it drops the hyphen at a line end and joins the next line (dehyphenation), which turns
    ///   an elision notice `…下载后查看---` + a new paragraph into `…下载后查看--认识…`: a run of
    ///   two or more hyphens directly followed by a Chinese character gets its hyphen and line back;
    /// - it reports the gap that typesetting puts between Chinese and Latin letters or digits as a
    ///   space (`隐藏 8274 字`): one space between a Chinese character and an ASCII letter or digit
    ///   goes.
    static func repair(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        result.reserveCapacity(scalars.count)
        var index = 0
        var hyphens = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " ", index > 0, index + 1 < scalars.count,
                isSpacedPair(scalars[index - 1], scalars[index + 1])
            {
                index += 1
                continue
            }
            if hyphens >= 2, isChinese(scalar), index > hyphens, scalars[index - hyphens - 1] != "\n" {
                result.append("-")
                result.append("\n")
            }
            hyphens = scalar == "-" ? hyphens + 1 : 0
            result.append(scalar)
            index += 1
        }
        return String(result)
    }

    private static func isSpacedPair(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        (isChinese(before) && isLatinOrDigit(after)) || (isLatinOrDigit(before) && isChinese(after))
    }

    private static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
            || (0x20000...0x2FFFF).contains(scalar.value)
    }

    private static func isLatinOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
    }
}
