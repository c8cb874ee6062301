/// Recognises elision lines left by document-sharing sites, e.g. `---此处隐藏8274字,下载后查看---`,
/// `……（此处省略2000字）……`, `【下载后查看全文】`.
enum GapDetector {
    private static let hidden = Array("隐藏".utf8)
    private static let omitted = Array("省略".utf8)
    private static let character = Array("字".utf8)
    private static let download = Array("下载后查看".utf8)

    /// Whether the line (trimmed) is an elision marker rather than text.
    static func isGap(_ line: Range<Int>, in scanner: UTF8Scanner) -> Bool {
        // An elision line is short; a long paragraph that mentions 隐藏 is prose.
        guard !line.isEmpty, line.count <= 150 else { return false }
        if scanner.contains(download, in: line) { return true }
        let mentionsCount = scanner.contains(character, in: line)
        return mentionsCount && (scanner.contains(hidden, in: line) || scanner.contains(omitted, in: line))
    }
}
