/// Recognises page furniture: what a web page or a PDF puts around a document and a copy picks
/// up with it — site toolbars (`下载 打印 全屏 收藏`, `【字号：加大 还原 减小】`, `分享到`,
/// `【打印本页】【关闭窗口】`, `扫一扫在手机打开当前页`), page information (`来源：` `发布时间：`
/// `责任编辑：` `浏览次数：`), and page numbers (`- 3 -`, `第3页 共10页`). Such lines are kept in the
/// text, but they are never the title, the preamble or an outline node.
///
/// A line is furniture when it opens with a page-information label, or when every word of it is a
/// toolbar word or label (numbers and dates may stand after the labels). Labels that prose uses
/// too (`时间：`, `作者：`) and lines of brackets only count beside other furniture.
enum FurnitureDetector {
    /// Lines longer than this many characters are text.
    private static let maximumLength = 100

    static func furniture(lines: [LineTable.Line], scanner: UTF8Scanner) -> [Bool] {
        var strong = [Bool](repeating: false, count: lines.count)
        var weak = [Bool](repeating: false, count: lines.count)
        var any = false
        for (index, line) in lines.enumerated() where !line.content.isEmpty && line.content.count <= 4 * maximumLength {
            // Most lines open with a word no furniture opens with: decided without reading on.
            guard opensAsFurniture(line.content, scanner) else { continue }
            let shape = LineShape(line, scanner: scanner, maximumLength: maximumLength)
            guard let scalars = shape.scalars, !scalars.isEmpty else { continue }
            switch classify(scalars) {
            case .strong:
                strong[index] = true
                any = true
            case .weak: weak[index] = true
            case .text: break
            }
        }
        guard any else { return strong }
        // A weak line is furniture beside furniture (blank lines between do not separate them):
        // one pass down and one up carry it along a run of weak lines either way.
        var result = strong
        let weakLines = lines.indices.filter { weak[$0] }
        for index in weakLines where neighbour(of: index, step: -1, lines, scanner).map({ result[$0] }) == true {
            result[index] = true
        }
        for index in weakLines.reversed()
        where neighbour(of: index, step: 1, lines, scanner).map({ result[$0] }) == true {
            result[index] = true
        }
        return result
    }

    /// The nearest line before (`step` -1) or after (1) `index` that is not blank, within a few lines.
    private static func neighbour(of index: Int, step: Int, _ lines: [LineTable.Line], _ scanner: UTF8Scanner) -> Int? {
        var line = index + step
        while lines.indices.contains(line), abs(line - index) <= 3 {
            if !isBlank(lines[line], scanner) { return line }
            line += step
        }
        return nil
    }

    private enum Kind { case strong, weak, text }

    /// Whether the line's first word (after brackets and separators) is a toolbar word or a
    /// label, or the line opens as a page number does (a digit, a dash, `第`), or holds nothing
    /// but separators.
    private static func opensAsFurniture(_ line: Range<Int>, _ scanner: UTF8Scanner) -> Bool {
        var offset = line.lowerBound
        var word = String.UnicodeScalarView()
        var length = 0
        while offset < line.upperBound, let (scalar, size) = scanner.scalar(at: offset) {
            let separates = Punctuation.isSpace(scalar) || FurnitureWords.isSeparator(scalar)
            if length == 0, !separates {
                // A page number is a short line: `- 3 -`, `第3页 共10页`.
                let opensPageNumber =
                    Punctuation.digitValue(scalar) != nil || FurnitureWords.pageOpeners.contains(scalar)
                if opensPageNumber { return line.count <= 40 }
                guard FurnitureWords.openers.contains(scalar) else { return false }
            } else if separates, length > 0 {
                break
            }
            if !separates {
                word.append(scalar)
                length += 1
                if length > FurnitureWords.longestWord { return false }
            }
            offset += size
        }
        return length == 0 || FurnitureWords.kind(of: String(word)) != nil
    }

    private static func classify(_ scalars: [Unicode.Scalar]) -> Kind {
        if let label = FurnitureWords.label(opening: scalars) { return label.isStrong ? .strong : .weak }
        if isPageNumber(scalars) { return .strong }
        var words = 0
        var furnitureWords = 0
        var weakOnly = true
        for word in FurnitureWords.words(of: scalars) {
            words += 1
            if let known = FurnitureWords.kind(of: word) {
                furnitureWords += 1
                if known { weakOnly = false }
            } else if !FurnitureWords.isValue(word) {
                return .text
            }
        }
        if words == 0 { return .weak }  // brackets and separators only: `】`
        guard furnitureWords > 0 else { return .text }
        return weakOnly ? .weak : .strong
    }

    /// `- 3 -`, `— 12 —`, `第3页`, `第 3 页 共 10 页`, `3/10`.
    private static func isPageNumber(_ scalars: [Unicode.Scalar]) -> Bool {
        let visible = scalars.filter { !Punctuation.isSpace($0) }
        let digits = visible.filter { Punctuation.digitValue($0) != nil }.count
        guard digits > 0, digits <= 8 else { return false }
        let dashes: Set<Unicode.Scalar> = ["-", "—", "–", "－"]
        if visible.allSatisfy({ dashes.contains($0) || Punctuation.digitValue($0) != nil }) {
            return visible.count > digits && digits <= 4
        }
        if visible.allSatisfy({ Punctuation.digitValue($0) != nil || $0 == "/" }) {
            return visible.filter { $0 == "/" }.count == 1 && visible.first != "/" && visible.last != "/"
        }
        let pageWords: Set<Unicode.Scalar> = ["第", "页", "共"]
        return visible.first == "第" && visible.contains("页")
            && visible.allSatisfy { pageWords.contains($0) || Punctuation.digitValue($0) != nil }
    }

    private static func isBlank(_ line: LineTable.Line, _ scanner: UTF8Scanner) -> Bool {
        scanner.skipSpaces(from: line.content.lowerBound, limit: line.content.upperBound) == line.content.upperBound
    }
}
