/// The words of copying, undo, re-attaching, the mouse switch, unknown keys and the
/// configuration, in both languages side by side.
extension UIStrings {
    private var inChinese: Bool { language == .chinese }

    /// A reading message in the UI language.
    func readingText(_ message: ReadingMessage) -> String {
        switch message {
        case .copied(let what, let characters):
            return inChinese
                ? "已复制\(copiedName(what))（\(characters) 字）"
                : "Copied the \(copiedName(what)) (\(characters) characters)"
        case .bookmarkExists(let path):
            return inChinese ? "此处已有书签（\(path)）" : "Bookmark already here (\(path))"
        case .bookmarkRelabelled(let path):
            return inChinese ? "此处已有书签，名称已更新（\(path)）" : "Bookmark already here: label updated (\(path))"
        case .nothingToUndo:
            return inChinese ? "没有可撤销的删除" : "Nothing to undo"
        case .undone(let note):
            if note { return inChinese ? "已恢复删除的批注" : "The deleted note is back" }
            return inChinese ? "已恢复删除的书签" : "The deleted bookmark is back"
        case .reattached(let path):
            return inChinese ? "批注已重新挂到 \(path)" : "Note re-attached at \(path)"
        case .mouse(let on):
            if on { return inChinese ? "鼠标：由阅读器使用（Ctrl-T 关闭）" : "Mouse on: clicks go to the reader (Ctrl-T: off)" }
            return inChinese ? "鼠标：交给终端，可选择文字（Ctrl-T 开启）" : "Mouse off: the terminal selects text (Ctrl-T: on)"
        case .unknownKey(let key):
            return inChinese ? "“\(key)”不是快捷键——按 ? 查看帮助" : "`\(key)` is not a key — ? for help"
        case .configWarning(let line):
            return inChinese ? "配置文件：\(line)（已用默认值）" : "config: \(line) (default used)"
        }
    }

    private func copiedName(_ what: ReadingMessage.Copied) -> String {
        switch what {
        case .sentence: return inChinese ? "光标句" : "sentence"
        case .selection: return inChinese ? "选中的句子" : "selection"
        case .citation: return inChinese ? "本节（带出处）" : "section as a citation"
        case .note: return inChinese ? "批注" : "note"
        case .item: return inChinese ? "条目" : "item"
        }
    }

    /// The title line of the note strip: `批注（2）`, `Notes (2)`, with the scroll key.
    func noteStripTitle(count: Int, scrollable: Bool) -> String {
        let more = scrollable ? (inChinese ? "  _ 滚动" : "  _ scroll") : ""
        if inChinese { return "批注（\(count)）" + more }
        return (count == 1 ? "Note" : "Notes (\(count))") + more
    }
}
