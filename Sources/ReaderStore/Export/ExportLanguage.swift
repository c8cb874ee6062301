import Annotations

/// The words of the Markdown exports, in English or Chinese (`zh_*` locales); the names of
/// the outline's untitled parts and of anchor states come from the one `Vocabulary`.
public struct ExportLanguage: Hashable, Sendable {
    /// What is exported.
    enum Kind {
        case notes, bookmarks
    }

    /// Whether the words are Chinese.
    public let chinese: Bool

    /// English.
    public static let english = ExportLanguage(chinese: false)
    /// Simplified Chinese.
    public static let chinese = ExportLanguage(chinese: true)

    /// The language for a POSIX locale name: `zh_*` gives Chinese, anything else English.
    public init(locale: String) {
        chinese = locale.lowercased().hasPrefix("zh")
    }

    private init(chinese: Bool) {
        self.chinese = chinese
    }

    var vocabulary: Vocabulary { Vocabulary.of(chinese: chinese) }

    func title(_ kind: Kind, of title: String) -> String {
        switch kind {
        case .notes: return chinese ? "《\(title)》批注" : "Notes on \(title)"
        case .bookmarks: return chinese ? "《\(title)》书签" : "Bookmarks in \(title)"
        }
    }

    func byline(file: String, date: String) -> String {
        chinese ? "文件：\(file) · 导出日期：\(date)" : "File: \(file) · Exported: \(date)"
    }

    func nothing(_ kind: Kind) -> String {
        switch kind {
        case .notes: return chinese ? "（没有批注）" : "(no notes)"
        case .bookmarks: return chinese ? "（没有书签）" : "(no bookmarks)"
        }
    }

    func orphanHeading(_ kind: Kind) -> String {
        switch kind {
        case .notes:
            return chinese ? "失锚的批注（原文中已找不到这段话）" : "Orphaned notes (their passage is no longer in the text)"
        case .bookmarks:
            return chinese ? "失锚的书签（原文中已找不到这段话）" : "Orphaned bookmarks (their passage is no longer in the text)"
        }
    }

    func wasAt(_ path: String) -> String { chinese ? "— 原在 \(path)" : "— was at \(path)" }

    func stateLine(_ state: AnchorState) -> String {
        (chinese ? "状态：" : "State: ") + vocabulary.name(of: state)
    }
}
