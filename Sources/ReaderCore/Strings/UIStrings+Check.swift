/// The words of the check in the reader (the `W` list, the status line's finding) and of reloads
/// (the `D` list, the one-line summary), in both languages side by side.
extension UIStrings {
    private var chinese: Bool { language == .chinese }

    /// The help section title of the finding and change lists.
    func checkContextTitle(_ context: KeyBinding.Context) -> String {
        context == .findingList ? (chinese ? "检查结果列表" : "Finding list") : (chinese ? "改动列表" : "Change list")
    }

    /// The finding list before the check has reported.
    var checkPending: String { chinese ? "正在检查……" : "Checking…" }

    /// What happened to a changed entry, in the `D` list.
    func changeLabel(_ kind: SectionChange.Kind) -> String {
        switch kind {
        case .edited: return chinese ? "改动" : "edited"
        case .added: return chinese ? "新增" : "added"
        case .removed: return chinese ? "删除" : "removed"
        }
    }

    /// The one line after a reload: `reloaded: 2 sections changed, 1 note moved, 1 orphaned`.
    func reloaded(_ summary: ReloadSummary) -> String {
        var parts: [String] = []
        if chinese {
            parts.append(summary.sectionsChanged == 0 ? "各节没有改动" : "\(summary.sectionsChanged) 节有改动")
            if summary.notesMoved > 0 { parts.append("\(summary.notesMoved) 条批注移位") }
            if summary.notesOrphaned > 0 { parts.append("\(summary.notesOrphaned) 条批注失锚") }
            if summary.bookmarksMoved > 0 { parts.append("\(summary.bookmarksMoved) 个书签移位") }
            if summary.bookmarksOrphaned > 0 { parts.append("\(summary.bookmarksOrphaned) 个书签失锚") }
            return "已重新载入：" + parts.joined(separator: "，")
        }
        let sections = summary.sectionsChanged
        parts.append(sections == 0 ? "no sections changed" : "\(sections) section\(sections == 1 ? "" : "s") changed")
        if summary.notesMoved > 0 {
            parts.append("\(summary.notesMoved) note\(summary.notesMoved == 1 ? "" : "s") moved")
        }
        if summary.notesOrphaned > 0 { parts.append("\(summary.notesOrphaned) orphaned") }
        if summary.bookmarksMoved > 0 {
            parts.append("\(summary.bookmarksMoved) bookmark\(summary.bookmarksMoved == 1 ? "" : "s") moved")
        }
        if summary.bookmarksOrphaned > 0 {
            parts.append(
                "\(summary.bookmarksOrphaned) bookmark\(summary.bookmarksOrphaned == 1 ? "" : "s") orphaned")
        }
        return "reloaded: " + parts.joined(separator: ", ")
    }

    /// The file is gone from disk: the reader keeps what it loaded.
    var documentMissing: String {
        chinese ? "文件已不存在：仍显示此前载入的内容" : "The file is gone: showing the copy loaded before"
    }

    /// The file changed into something that cannot be read: the reader keeps what it loaded.
    func documentUnreadable(_ reason: String) -> String {
        (chinese ? "文件无法再读取，仍显示此前载入的内容：" : "The file can no longer be read, showing the copy loaded before: ")
            + Self.oneLine(reason)
    }

    /// The status line's finding under the cursor: `! message [rule-id]`, `(+2)` when the
    /// sentence holds more.
    func findingStatus(message: String, rule: String, more: Int) -> String {
        "! " + Self.oneLine(message) + " [" + rule + "]" + (more > 0 ? " (+\(more))" : "")
    }
}
