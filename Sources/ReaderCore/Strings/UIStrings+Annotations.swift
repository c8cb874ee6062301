import Annotations

/// The words of the bookmark and note features, in both languages side by side.
extension UIStrings {
    private var chinese: Bool { language == .chinese }

    /// The help section title of a list context.
    func listContextTitle(_ context: KeyBinding.Context) -> String {
        switch context {
        case .bookmarkList: return chinese ? "书签列表" : "Bookmark list"
        case .noteList: return chinese ? "批注列表" : "Note list"
        case .findingList, .changeList: return checkContextTitle(context)
        default: return chinese ? "删除确认" : "Delete? (y/n)"
        }
    }

    /// The status tag of a note or label prompt.
    func promptTag(_ kind: PromptState.Kind) -> String {
        if case .note = kind { return chinese ? "批注" : "NOTE" }
        return chinese ? "书签" : "BOOKMARK"
    }

    /// The status tag of an open list.
    func listTag(_ mode: ReaderState.Mode) -> String {
        switch mode {
        case .notes: return chinese ? "批注列表" : "NOTES"
        case .findings: return chinese ? "检查结果" : "FINDINGS"
        case .changes: return chinese ? "改动" : "CHANGES"
        default: return chinese ? "书签列表" : "BOOKMARKS"
        }
    }

    /// The status tag while sentences are selected.
    func selectionTag(_ count: Int) -> String {
        chinese ? "已选 \(count) 句" : "SELECT \(count)"
    }

    /// What the input line says before a note or label: `批注：`, `Note (3 sentences): `.
    func promptLabel(_ kind: PromptState.Kind) -> String {
        switch kind {
        case .goto: return ":"
        case .search: return "/"
        case .note(_, let sentences) where sentences > 1:
            return chinese ? "批注（\(sentences) 句）：" : "Note (\(sentences) sentences): "
        case .note: return chinese ? "批注：" : "Note: "
        case .bookmarkLabel: return chinese ? "书签名称（可不填）：" : "Bookmark label (optional): "
        case .outlineFilter: return filterLabel
        }
    }

    /// The list's title: `书签（3）`, `Notes (5)`.
    func listTitle(_ kind: ListOverlay.Kind, count: Int) -> String {
        switch kind {
        case .bookmarks: return chinese ? "书签（\(count)）" : "Bookmarks (\(count))"
        case .notes: return chinese ? "批注（\(count)）" : "Notes (\(count))"
        case .findings: return chinese ? "检查结果（\(count)）" : "Findings (\(count))"
        case .changes: return chinese ? "打开以来的改动（\(count)）" : "Changed since opened (\(count))"
        }
    }

    /// The heading above the orphaned items.
    func orphanHeading(_ kind: ListOverlay.Kind, count: Int) -> String {
        if kind == .changes { return chinese ? "已删除（\(count)）" : "Removed (\(count))" }
        return chinese ? "失锚：原文中已找不到（\(count)）" : "Orphaned: no longer found in the text (\(count))"
    }

    /// The one row of an empty list.
    func emptyList(_ kind: ListOverlay.Kind) -> String {
        switch kind {
        case .bookmarks: return chinese ? "还没有书签：在要记住的句子上按 m" : "No bookmarks yet: press m on a sentence"
        case .notes:
            return chinese ? "还没有批注：在句子上按 a（可先按 v 选几句）" : "No notes yet: press a on a sentence (v selects several)"
        case .findings:
            return chinese ? "检查没有发现问题" : "The check found nothing"
        case .changes:
            return chinese ? "打开以来文件没有改动" : "No changes since the document was opened"
        }
    }

    /// The key hints on the prompt line while a list is open.
    func listHints(_ kind: ListOverlay.Kind) -> String {
        switch kind {
        case .bookmarks:
            return chinese ? "Enter 跳转  d 删除  j/k 移动  Esc 关闭" : "Enter go to  d delete  j/k move  Esc close"
        case .notes:
            return chinese
                ? "Enter 跳转  e 编辑  d 删除  j/k 移动  Esc 关闭" : "Enter go to  e edit  d delete  j/k move  Esc close"
        case .findings, .changes:
            return chinese ? "Enter 跳转  j/k 移动  Esc 关闭" : "Enter go to  j/k move  Esc close"
        }
    }

    /// The question before deleting.
    func deleteQuestion(_ kind: ListOverlay.Kind) -> String {
        switch kind {
        case .bookmarks: return chinese ? "删除这个书签？y 删除 / n 保留" : "Delete this bookmark? y yes / n no"
        case .notes: return chinese ? "删除这条批注？y 删除 / n 保留" : "Delete this note? y yes / n no"
        case .findings, .changes: return ""
        }
    }

    /// An anchor state as the note list shows it.
    func stateLabel(_ state: AnchorState) -> String {
        Vocabulary.of(chinese: chinese).name(of: state)
    }

    /// The status line's mark while the store refuses writes.
    var readOnlyMark: String { chinese ? "只读" : "read-only" }
}
