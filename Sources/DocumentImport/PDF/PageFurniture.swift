/// Removes what a printed page adds around the text: page numbers (`— 3 —`, `- 3 -`, `第3页`,
/// `3 / 12`, a lone number) and running headers and footers (the same line at the top or bottom
/// of most pages), and splits the pages (form feeds).
public enum PageFurniture {
    /// How many lines at the top and at the bottom of a page may be furniture.
    static let margin = 2

    /// The pages of `text` (split at form feeds), each as lines without trailing white space and
    /// without the page furniture.
    public static func pages(_ text: String) -> [[String]] {
        var pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimming(" \t\r") }
        }
        while let last = pages.last, last.allSatisfy(\.isEmpty), pages.count > 1 { pages.removeLast() }
        pages = pages.map { removeEdges(of: $0, where: isPageNumber) }
        let repeated = runningLines(pages)
        return pages.map { page in
            removeEdges(of: page) { repeated.contains(normalized($0)) }
        }
    }

    /// Whether `line` is nothing but a page number.
    public static func isPageNumber(_ line: String) -> Bool {
        var core = line.trimming(" \t\u{3000}")
        guard !core.isEmpty, core.count <= 20 else { return false }
        // 第 3 页 / 第3页 共10页 / 3 / 12 / Page 3 of 12
        for word in ["第", "页", "共", "Page", "page", "of", "/", "—", "–", "-", "－", "·"] {
            core = core.replacingAll(word, with: " ")
        }
        let parts = core.split(separator: " ")
        guard !parts.isEmpty, parts.count <= 2 else { return false }
        return parts.allSatisfy { part in part.allSatisfy { $0.isASCII && $0.isNumber } || isChineseNumber(part) }
            && parts.allSatisfy { $0.count <= 4 }
    }

    private static func isChineseNumber(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { "〇一二三四五六七八九十百".contains($0) } && text.count <= 4
    }

    /// Header and footer lines (normalised) that open or close more than half of the pages.
    private static func runningLines(_ pages: [[String]]) -> Set<String> {
        guard pages.count >= 2 else { return [] }
        var counts: [String: Int] = [:]
        for page in pages {
            let lines = page.filter { !$0.isEmpty }
            let edges = Set((lines.prefix(margin) + lines.suffix(margin)).map(normalized))
            for line in edges { counts[line, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value >= 2 && $0.value * 2 > pages.count }.keys)
    }

    /// A line with its digits folded, so `第3页` on one page equals `第4页` on the next.
    static func normalized(_ line: String) -> String {
        String(line.map { $0.isNumber && $0.isASCII ? "#" : $0 }).trimming(" \t\u{3000}")
    }

    /// `page` without the blank lines and up to `margin` matching lines at its top and bottom.
    private static func removeEdges(of page: [String], where isFurniture: (String) -> Bool) -> [String] {
        var lines = page[...]
        for _ in 0..<margin {
            while lines.first?.isEmpty == true { lines = lines.dropFirst() }
            if let first = lines.first, isFurniture(first) { lines = lines.dropFirst() }
        }
        for _ in 0..<margin {
            while lines.last?.isEmpty == true { lines = lines.dropLast() }
            if let last = lines.last, isFurniture(last) { lines = lines.dropLast() }
        }
        while lines.first?.isEmpty == true { lines = lines.dropFirst() }
        while lines.last?.isEmpty == true { lines = lines.dropLast() }
        return Array(lines)
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
