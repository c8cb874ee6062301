/// `punctuation-width`: GB/T 15834-2011 writes Chinese text with full-width punctuation, and
/// GB/T 15835-2011 writes digits and Latin letters half-width.
///
/// A half-width `, : ; ? !` is reported where the text on both sides is Chinese (a Han character
/// or Chinese punctuation, looking past half-width brackets and quotes), where it ends a Chinese line, or
/// between Chinese and a number (`时间:2018年`, `增长5%,`; not `9:30`, which is a time). Half-width
/// parentheses are reported as a pair when they enclose Chinese or stand between Chinese, and alone
/// when unpaired next to Chinese. Heading markers (`(一)`) are left to `marker-width`. Every
/// finding is fixed by swapping the character for its other-width form.
enum PunctuationWidthRule {
    static func findings(in text: CheckText) -> [Finding] {
        var result: [Finding] = []
        for line in text.proseLines {
            let scalars = text.scalars(of: line)
            result += fullWidthAlphanumerics(scalars)
            result += marks(scalars, in: text)
            result += parentheses(scalars, in: text)
        }
        return result
    }

    /// Runs of full-width digits and letters (a full-width point between digits goes with them).
    private static func fullWidthAlphanumerics(_ scalars: [ScalarAt]) -> [Finding] {
        var result: [Finding] = []
        var index = 0
        while index < scalars.count {
            guard CheckCharacters.isFullWidthAlphanumeric(scalars[index].scalar) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count {
                let scalar = scalars[end].scalar
                let isPoint =
                    scalar == "．" && end + 1 < scalars.count
                    && (0xFF10...0xFF19).contains(scalars[end + 1].scalar.value)
                guard CheckCharacters.isFullWidthAlphanumeric(scalar) || isPoint else { break }
                end += 1
            }
            let run = scalars[index..<end]
            let found = String(String.UnicodeScalarView(run.map(\.scalar)))
            let fixed = String(String.UnicodeScalarView(run.map { CheckCharacters.halfWidth($0.scalar) }))
            let edits = run.map { TextEdit(range: $0.range, replacement: String(CheckCharacters.halfWidth($0.scalar))) }
            result.append(
                Finding(
                    rule: .punctuationWidth, range: run[index].offset..<run[end - 1].range.upperBound,
                    message: .fullWidthAlphanumeric(found: found, halfWidth: fixed), edits: edits))
            index = end
        }
        return result
    }

    /// `, : ; ? !` in Chinese context.
    private static func marks(_ scalars: [ScalarAt], in text: CheckText) -> [Finding] {
        var result: [Finding] = []
        for (index, item) in scalars.enumerated() where [",", ":", ";", "?", "!"].contains(item.scalar) {
            guard !text.isInHeadingMarker(item.offset) else { continue }
            let left = neighbour(of: index, in: scalars, step: -1, skipping: isHalfWidthBracket)
            let right = neighbour(of: index, in: scalars, step: 1, skipping: isHalfWidthBracket)
            let leftChinese = left.map(CheckCharacters.isChinese) ?? false
            let rightChinese = right.map(CheckCharacters.isChinese) ?? false
            let leftNumber = left.map { CheckCharacters.isASCIIDigit($0) || $0 == "%" } ?? false
            let rightDigit = right.map(CheckCharacters.isASCIIDigit) ?? false
            // `9:30` and `1:1000` are times and ratios; a colon after a number stays half-width.
            let chinese =
                (leftChinese && (rightChinese || right == nil || rightDigit))
                || (leftNumber && rightChinese && item.scalar != ":")
            if chinese { result.append(swap(item)) }
        }
        return result
    }

    /// Half-width parentheses in Chinese text, paired on the line where possible.
    private static func parentheses(_ scalars: [ScalarAt], in text: CheckText) -> [Finding] {
        var result: [Finding] = []
        var open: [Int] = []
        var paired: Set<Int> = []
        for (index, item) in scalars.enumerated() where !text.isInHeadingMarker(item.offset) {
            if item.scalar == "(" {
                open.append(index)
            } else if item.scalar == ")", let opener = open.popLast() {
                paired.insert(opener)
                paired.insert(index)
                let enclosesChinese = scalars[(opener + 1)..<index].contains { CheckCharacters.isHan($0.scalar) }
                let before = neighbour(of: opener, in: scalars, step: -1) { _ in false }
                let after = neighbour(of: index, in: scalars, step: 1) { _ in false }
                let betweenChinese =
                    (before.map(CheckCharacters.isChinese) ?? true) && (after.map(CheckCharacters.isChinese) ?? true)
                    && (before != nil || after != nil)
                if enclosesChinese || betweenChinese {
                    result += [swap(scalars[opener]), swap(item)]
                }
            }
        }
        for (index, item) in scalars.enumerated() where !paired.contains(index) && !text.isInHeadingMarker(item.offset)
        {
            let before = neighbour(of: index, in: scalars, step: -1) { _ in false }
            let after = neighbour(of: index, in: scalars, step: 1) { _ in false }
            let unpaired =
                (item.scalar == "(" && (after.map(CheckCharacters.isHan) ?? false)
                    && (before.map(CheckCharacters.isChinese) ?? true))
                || (item.scalar == ")" && (before.map(CheckCharacters.isHan) ?? false)
                    && (after.map(CheckCharacters.isChinese) ?? true))
            if unpaired { result.append(swap(item)) }
        }
        return result
    }

    /// Half-width brackets and quotes are looked past (`(创新);` follows 新); full-width ones and
    /// curly quotes are Chinese punctuation themselves (`强调,“…` is Chinese on both sides).
    private static func isHalfWidthBracket(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "(" || scalar == ")" || scalar == "\"" || scalar == "'"
    }

    private static func swap(_ item: ScalarAt) -> Finding {
        let full = CheckCharacters.fullWidth(item.scalar)
        return Finding(
            rule: .punctuationWidth, range: item.range,
            message: .halfWidthPunctuation(found: String(item.scalar), fullWidth: String(full)),
            edits: [TextEdit(range: item.range, replacement: String(full))])
    }

    /// The nearest scalar from `index` in direction `step`, past ASCII spaces and `skipping`.
    private static func neighbour(
        of index: Int, in scalars: [ScalarAt], step: Int, skipping: (Unicode.Scalar) -> Bool
    ) -> Unicode.Scalar? {
        var position = index + step
        while scalars.indices.contains(position) {
            let scalar = scalars[position].scalar
            if scalar != " ", !skipping(scalar) { return scalar }
            position += step
        }
        return nil
    }
}
