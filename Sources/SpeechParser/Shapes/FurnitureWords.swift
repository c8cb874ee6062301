/// The vocabulary of page furniture: toolbar words and page-information labels.
enum FurnitureWords {
    /// A label and whether it marks furniture on its own (`来源`) or only beside other furniture
    /// (`时间`, which a meeting notice also writes).
    struct Label {
        var word: [Unicode.Scalar]
        var isStrong: Bool
    }

    private static let strongLabels = [
        "来源", "信息来源", "文章来源", "稿件来源", "发布时间", "发布日期", "发布机构", "更新时间", "责任编辑", "浏览次数",
        "浏览量", "阅读次数", "阅读量", "点击数", "点击量", "点击次数", "访问量", "访问次数", "分享到", "上一篇", "下一篇"
    ]
    private static let weakLabels = ["时间", "日期", "作者", "编辑", "字号", "阅读", "发布", "字体"]

    private static let labels: [Label] =
        (strongLabels.map { Label(word: Array($0.unicodeScalars), isStrong: true) }
        + weakLabels.map { Label(word: Array($0.unicodeScalars), isStrong: false) })
        .sorted { $0.word.count > $1.word.count }

    private static let toolbar: Set<String> = [
        "下载", "打印", "全屏", "收藏", "分享", "分享到", "字号", "字体", "加大", "还原", "减小", "放大", "缩小", "大", "中",
        "小", "默认", "标准", "关闭", "关闭窗口", "打印本页", "打印此页", "打印文章", "打印正文", "返回顶部", "顶部", "纠错",
        "我要纠错", "微信", "微博", "新浪微博", "腾讯微博", "QQ空间", "QQ", "复制链接", "扫一扫在手机打开当前页", "扫一扫",
        "在手机打开当前页", "手机打开", "视力保护色", "护眼", "繁体", "简体", "无障碍", "收藏本页", "保存", "朗读", "听全文"
    ]

    /// Characters a page number may open with (besides digits).
    static let pageOpeners: Set<Unicode.Scalar> = ["-", "—", "–", "－", "第"]

    /// The first characters of the words.
    static let openers = Set(kinds.keys.compactMap(\.unicodeScalars.first))

    /// The length of the longest word, in scalars.
    static let longestWord = kinds.keys.map(\.unicodeScalars.count).max() ?? 0

    /// The label a line opens with, followed by a colon.
    static func label(opening scalars: [Unicode.Scalar]) -> Label? {
        for label in labels where scalars.count > label.word.count && scalars.starts(with: label.word) {
            let next = scalars[label.word.count]
            if next == "：" || next == ":" { return label }
        }
        return nil
    }

    /// The words of a line: runs between spaces, brackets, colons and separators.
    static func words(of scalars: [Unicode.Scalar]) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in scalars {
            if Punctuation.isSpace(scalar) || separators.contains(scalar) {
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool { separators.contains(scalar) }

    private static let separators: Set<Unicode.Scalar> = [
        "【", "】", "[", "]", "|", "｜", "/", "·", "•", "：", ":", "、", "，", ",", "(", ")", "（", "）", "<", ">", "《", "》"
    ]

    /// Whether `word` is a toolbar word or label: true when it marks furniture on its own, false
    /// when only beside other furniture, nil when it is not one.
    static func kind(of word: String) -> Bool? {
        kinds[word]
    }

    /// Every toolbar word and label, and whether it marks furniture on its own. (Size words and
    /// `标准` `默认` `保存` also occur as words of a line of prose.)
    private static let kinds: [String: Bool] = {
        var result: [String: Bool] = [:]
        for word in toolbar { result[word] = !["大", "中", "小", "标准", "默认", "保存"].contains(word) }
        for label in labels { result[String(String.UnicodeScalarView(label.word))] = label.isStrong }
        return result
    }()

    /// A number or a date after a label (`1234`, `2026-02-09`, `10:00`).
    static func isValue(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { Punctuation.digitValue($0) != nil || "-.:年月日时分次".unicodeScalars.contains($0) }
    }
}
