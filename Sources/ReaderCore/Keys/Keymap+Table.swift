/// The key table. Vim and less habits; forward in the jump history is Ctrl-N ("newer", the pair
/// of Ctrl-O "older"), because Ctrl-I, vim's choice, is the same code as Tab.
extension Keymap {
    /// Every binding, grouped by context in the order the help overlay lists them.
    public static let bindings: [KeyBinding] =
        anywhere + textPane + outlinePane + inputLine + bookmarkList + noteList + findingList + changeList
        + confirmation + helpOverlay

    /// One row of a context's table: keys, action, English and Chinese help.
    private typealias Row = (keys: [InputEvent], action: Action, english: String, chinese: String)

    private static func table(_ context: KeyBinding.Context, _ rows: [Row]) -> [KeyBinding] {
        rows.map { KeyBinding($0.keys, context, $0.action, english: $0.english, chinese: $0.chinese) }
    }

    private static func char(_ characters: Character...) -> [InputEvent] { characters.map { .character($0) } }

    private static let anywhere = table(
        .any,
        [
            (char("q"), .quit, "Quit", "退出"),
            (char("?") + [.key(.f1)], .showHelp, "This help", "显示本帮助"),
            ([.key(.tab), .key(.backTab)], .toggleFocus, "Switch between outline and text", "在大纲与正文之间切换"),
            (char(":"), .startGoto, "Go to a path: 1.2.3, preamble, closing", "按路径跳转：1.2.3、preamble、closing"),
            (char("/"), .startSearch, "Search (highlights as you type)", "搜索（边输入边高亮）"),
            (char("n"), .nextMatch, "Next match", "下一处匹配"),
            (char("N"), .previousMatch, "Previous match", "上一处匹配"),
            (char("]"), .nextNode, "Next outline node (any level)", "下一个大纲节点（任意层级）"),
            (char("["), .previousNode, "Previous outline node", "上一个大纲节点"),
            (char("}"), .nextSection, "Next top-level section", "下一个一级部分"),
            (char("{"), .previousSection, "Previous top-level section", "上一个一级部分"),
            (char(")"), .nextSentence, "Next sentence (reading cursor)", "下一句（阅读光标）"),
            (char("("), .previousSentence, "Previous sentence", "上一句"),
            ([.control("o"), .key(.backspace)], .historyBack, "Back to before the jump", "回到跳转之前"),
            ([.control("n")], .historyForward, "Forward again (newer)", "再前进（较新位置）"),
            (char("m"), .startBookmark, "Bookmark the cursor sentence (label optional)", "在光标句加书签（名称可不填）"),
            (char("B"), .showBookmarks, "Bookmark list", "书签列表"),
            (char("a"), .startNote, "Annotate the cursor sentence or the selection", "给光标句或选中的句子写批注"),
            (char("A"), .showNotes, "Note list", "批注列表"),
            (char("W"), .showFindings, "The check's findings (numbering, punctuation…)", "检查结果（编号、标点等）"),
            (char("D"), .showChanges, "Sections changed since the file was opened", "文件打开以来改动的章节")
        ])

    private static let textPane = table(
        .text,
        [
            (char("j") + [.key(.down)], .scroll(.rows(1)), "Down a line", "下移一行"),
            (char("k") + [.key(.up)], .scroll(.rows(-1)), "Up a line", "上移一行"),
            (char(" ") + [.key(.pageDown)], .scroll(.pages(1)), "Next page", "下一页"),
            (char("b") + [.key(.pageUp)], .scroll(.pages(-1)), "Previous page", "上一页"),
            (char("g") + [.key(.home)], .documentStart, "Start of the text", "到开头"),
            (char("G") + [.key(.end)], .documentEnd, "End of the text", "到末尾"),
            (char("v"), .extendSelection, "Select sentences: start, then extend by one", "选择句子：开始，再按一次多选一句"),
            (
                [.key(.escape)], .clearSelectionOrSearch, "Clear the selection, else the search highlight",
                "取消选择，否则清除搜索高亮"
            )
        ])

    private static let outlinePane = table(
        .outline,
        [
            (char("j") + [.key(.down)], .moveSelection(.rows(1)), "Next entry", "下一项"),
            (char("k") + [.key(.up)], .moveSelection(.rows(-1)), "Previous entry", "上一项"),
            (char(" ") + [.key(.pageDown)], .moveSelection(.pages(1)), "Page down", "向下翻页"),
            (char("b") + [.key(.pageUp)], .moveSelection(.pages(-1)), "Page up", "向上翻页"),
            (char("g") + [.key(.home)], .selectFirst, "First entry", "第一项"),
            (char("G") + [.key(.end)], .selectLast, "Last entry", "最后一项"),
            ([.key(.enter)], .openSelection, "Go to the entry", "跳到所选条目"),
            (char("h") + [.key(.left)], .fold, "Fold, or go to the parent", "折叠，或到上一级"),
            (char("l") + [.key(.right)], .unfold, "Unfold, or go to the first child", "展开，或到第一个子项"),
            (char("z"), .toggleFoldAll, "Fold all / unfold all", "全部折叠／全部展开"),
            ([.key(.escape)], .toggleFocus, "Back to the text", "回到正文")
        ])

    private static let inputLine = table(
        .prompt,
        [
            ([.key(.enter)], .promptAccept, "Go there / accept the search, note or label", "跳转／确认搜索、批注或书签名称"),
            ([.key(.escape)], .promptCancel, "Cancel, restoring the view", "取消并恢复原视图"),
            ([.key(.backspace)], .promptBackspace, "Delete before the cursor", "删除光标前一字"),
            ([.key(.delete), .control("d")], .promptDelete, "Delete at the cursor", "删除光标处一字"),
            ([.key(.left), .control("b")], .promptLeft, "Cursor left", "光标左移"),
            ([.key(.right), .control("f")], .promptRight, "Cursor right", "光标右移"),
            ([.key(.home), .control("a")], .promptHome, "Start of the line", "到行首"),
            ([.key(.end), .control("e")], .promptEnd, "End of the line", "到行尾"),
            ([.control("u")], .promptClear, "Clear the line", "清空输入")
        ])

    /// The moves shared by both lists.
    private static func listMoves(_ context: KeyBinding.Context, english: String, chinese: String) -> [KeyBinding] {
        table(
            context,
            [
                (char("j") + [.key(.down)], .listMove(.rows(1)), "Next " + english, "下一" + chinese),
                (char("k") + [.key(.up)], .listMove(.rows(-1)), "Previous " + english, "上一" + chinese),
                (char(" ") + [.key(.pageDown)], .listMove(.pages(1)), "Page down", "向下翻页"),
                (char("b") + [.key(.pageUp)], .listMove(.pages(-1)), "Page up", "向上翻页"),
                (char("g") + [.key(.home)], .listFirst, "First " + english, "第一" + chinese),
                (char("G") + [.key(.end)], .listLast, "Last " + english, "最后一" + chinese)
            ])
    }

    private static let bookmarkList =
        listMoves(.bookmarkList, english: "bookmark", chinese: "个书签")
        + table(
            .bookmarkList,
            [
                ([.key(.enter)], .listOpen, "Go to the bookmark", "跳到该书签"),
                (char("d") + [.key(.delete)], .listDelete, "Delete the bookmark (asks y/n)", "删除书签（需按 y 确认）"),
                ([.key(.escape)] + char("q", "B"), .closeList, "Close the list", "关闭列表")
            ])

    private static let noteList =
        listMoves(.noteList, english: "note", chinese: "条批注")
        + table(
            .noteList,
            [
                ([.key(.enter)], .listOpen, "Go to the annotated passage", "跳到批注的原文"),
                (char("e"), .listEdit, "Edit the note in $VISUAL / $EDITOR", "用 $VISUAL／$EDITOR 编辑批注"),
                (char("d") + [.key(.delete)], .listDelete, "Delete the note (asks y/n)", "删除批注（需按 y 确认）"),
                ([.key(.escape)] + char("q", "A"), .closeList, "Close the list", "关闭列表")
            ])

    private static let findingList =
        listMoves(.findingList, english: "finding", chinese: "条结果")
        + table(
            .findingList,
            [
                ([.key(.enter)], .listOpen, "Go to the finding", "跳到该处"),
                ([.key(.escape)] + char("q", "W"), .closeList, "Close the list", "关闭列表")
            ])

    private static let changeList =
        listMoves(.changeList, english: "change", chinese: "处改动")
        + table(
            .changeList,
            [
                ([.key(.enter)], .listOpen, "Go to the changed section", "跳到改动的章节"),
                ([.key(.escape)] + char("q", "D"), .closeList, "Close the list", "关闭列表")
            ])

    private static let confirmation = table(
        .confirm,
        [
            (char("y", "Y"), .confirmDelete, "Yes, delete it", "确认删除"),
            (char("n", "N") + [.key(.escape)], .cancelDelete, "No, keep it", "不删除")
        ])

    private static let helpOverlay = table(
        .help,
        [
            ([.key(.escape)] + char("q", "?") + [.key(.f1)], .closeHelp, "Close the help", "关闭帮助"),
            (char("j") + [.key(.down)], .scrollHelp(.rows(1)), "Scroll down", "向下滚动"),
            (char("k") + [.key(.up)], .scrollHelp(.rows(-1)), "Scroll up", "向上滚动"),
            (char(" ") + [.key(.pageDown)], .scrollHelp(.pages(1)), "Page down", "向下翻页"),
            (char("b") + [.key(.pageUp)], .scrollHelp(.pages(-1)), "Page up", "向上翻页")
        ])
}
