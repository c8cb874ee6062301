/// Texts in the shapes documents arrive in, made from a plain text: hard-wrapped at a column
/// width, flattened onto one line, wrapped in a web page's furniture. Tests and fuzzers use them.
public enum TextShapes {
    /// Each line cut at `columns` display columns (Chinese characters two wide), as a PDF viewer
    /// or a terminal copy leaves a text.
    public static func hardWrapped(_ text: String, columns: Int) -> String {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            var width = 0
            for character in line {
                let cell = character.unicodeScalars.first.map { isWide($0.value) ? 2 : 1 } ?? 1
                if width + cell > columns {
                    out.append(current)
                    current = ""
                    width = 0
                }
                current.append(character)
                width += cell
            }
            out.append(current)
        }
        return out.joined(separator: "\n")
    }

    /// The text with every line break replaced by a space (paragraph breaks lost).
    public static func flattened(_ text: String) -> String {
        text.replacingLineBreaks(with: " ")
    }

    /// A web page's toolbar and page information before the text, and its footer after it.
    public static let siteHeader = "下载 打印 全屏 收藏\n【字号：加大 还原 减小】 分享到\n来源：市住房和城乡建设局 发布时间：2025-06-12 09:30 浏览次数：1024\n\n"
    public static let siteFooter = "\n【打印本页】【关闭窗口】\n扫一扫在手机打开当前页\n责任编辑：李明\n"

    public static func withSiteChrome(_ text: String) -> String {
        siteHeader + text + siteFooter
    }

    /// Wide as the parser's column count has it: U+3000…U+DFFF (CJK, kana, Hangul), U+F000 up.
    private static func isWide(_ value: UInt32) -> Bool {
        (0x3000...0xDFFF).contains(value) || value >= 0xF000
    }
}

extension String {
    fileprivate func replacingLineBreaks(with replacement: String) -> String {
        var result = ""
        for character in self { result += character.isNewline ? replacement : String(character) }
        return result
    }
}
