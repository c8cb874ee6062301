/// Status messages in words.
extension UIStrings {
    /// A status message in words. Text from outside (a store error, a path) is shown on one line
    /// with its control characters made visible.
    func text(for message: StatusMessage) -> String {
        let chinese = language == .chinese
        switch message {
        case .noSuchPath(let path):
            return chinese
                ? "没有“\(path)”这一节（例：1.2.3、preamble、closing）"
                : "No section \u{201C}\(path)\u{201D} (try 1.2.3, preamble, closing)"
        case .notFound(let query):
            return chinese ? "未找到：\(query)" : "Not found: \(query)"
        case .noPreviousSearch:
            return chinese ? "还没有搜索过（按 / 搜索）" : "No previous search (press /)"
        case .searchWrappedToTop:
            return chinese ? "已到末尾，从开头继续" : "Search hit BOTTOM, continuing at TOP"
        case .searchWrappedToBottom:
            return chinese ? "已到开头，从末尾继续" : "Search hit TOP, continuing at BOTTOM"
        case .noOlderPosition:
            return chinese ? "没有更早的位置" : "No older position"
        case .noNewerPosition:
            return chinese ? "没有更新的位置" : "No newer position"
        case .navigation(let message):
            return navigationText(message)
        case .reading(let message):
            return readingText(message)
        default:
            return annotationText(for: message)
        }
    }

    /// The messages about notes, bookmarks and the store.
    private func annotationText(for message: StatusMessage) -> String {
        let chinese = language == .chinese
        switch message {
        case .noteAdded(let path):
            return chinese ? "批注已保存（\(path)）" : "Note saved at \(path)"
        case .noteEdited:
            return chinese ? "批注已更新" : "Note updated"
        case .noteUnchanged:
            return chinese ? "批注没有改动" : "Note unchanged"
        case .noteRemoved:
            return chinese ? "批注已删除" : "Note deleted"
        case .emptyNote:
            return chinese ? "批注是空的，没有保存" : "Empty note: nothing saved"
        case .bookmarkAdded(let path):
            return chinese ? "书签已保存（\(path)）" : "Bookmark saved at \(path)"
        case .bookmarkRemoved:
            return chinese ? "书签已删除" : "Bookmark deleted"
        case .orphaned:
            return chinese ? "原文中已找不到这段话（失锚）" : "This passage is no longer in the text (orphaned)"
        case .storeNotice(let notice):
            guard let notice else { return chinese ? "批注与书签不可用" : "Notes and bookmarks are unavailable" }
            return (chinese ? "批注与书签：" : "Notes: ") + Self.oneLine(notice)
        case .failure(let reason):
            return (chinese ? "出错：" : "Error: ") + Self.oneLine(reason)
        case .reloaded(let summary):
            return reloaded(summary)
        case .documentMissing:
            return documentMissing
        case .documentUnreadable(let reason):
            return documentUnreadable(reason)
        default:
            return ""
        }
    }

    /// `text` on one line: line breaks as `↵`, tabs as spaces, other controls made visible.
    static func oneLine(_ text: String) -> String {
        var result = ""
        var lastWasBreak = false
        for character in text {
            if character == "\n" || character == "\r\n" || character == "\r" {
                if !lastWasBreak { result += " ↵ " }
                lastWasBreak = true
                continue
            }
            lastWasBreak = false
            result += character == "\t" ? " " : VisibleControls.escape(String(character))
        }
        return result
    }
}
