/// The key table. Vim and less habits; forward in the jump history is Ctrl-N ("newer", the pair
/// of Ctrl-O "older"), because Ctrl-I, vim's choice, is the same code as Tab.
extension Keymap {
    /// Every binding, grouped by context in the order the help overlay lists them.
    public static let bindings: [KeyBinding] =
        anywhere + textPane + outlinePane + inputLine + bookmarkList + noteList + findingList + changeList
        + noteOverlay
        + confirmation + helpOverlay + navigationList

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
            (
                char(":"), .startGoto, "Go to a path (1.2.3, 一(二), 结语) or words of a title (also pinyin)",
                "跳转：1.2.3、一(二)、结语，或标题中的词（也可用拼音）"
            ),
            (
                char("/"), .startSearch, "Search as you type (pinyin too; re: for a regular expression)",
                "搜索，边输入边高亮（也按拼音；re: 开头为正则表达式）"
            ),
            (char("n"), .nextMatch, "Next match", "下一处匹配"),
            (char("N"), .previousMatch, "Previous match", "上一处匹配"),
            (char("]"), .nextNode, "Next outline node (any level)", "下一个大纲节点（任意层级）"),
            (char("["), .previousNode, "Previous outline node", "上一个大纲节点"),
            (char("}"), .nextSection, "Next top-level section", "下一个一级部分"),
            (char("{"), .previousSection, "Previous top-level section", "上一个一级部分"),
            (char("J"), .navigation(.nextSibling), "Next node of the same level", "下一个同级节点"),
            (char("K"), .navigation(.previousSibling), "Previous node of the same level", "上一个同级节点"),
            (char("'"), .navigation(.quote), "'' back to the previous position", "'' 回到上一个位置"),
            (char(")"), .nextSentence, "Next sentence (reading cursor)", "下一句（阅读光标）"),
            (char("("), .previousSentence, "Previous sentence", "上一句"),
            ([.control("o"), .key(.backspace)], .historyBack, "Back to before the jump", "回到跳转之前"),
            ([.control("n")], .historyForward, "Forward again (newer)", "再前进（较新位置）"),
            (char("m"), .startBookmark, "Bookmark the cursor sentence (label optional)", "在光标句加书签（名称可不填）"),
            (char("B"), .showBookmarks, "Bookmark list", "书签列表"),
            (char("a"), .startNote, "Annotate the cursor sentence or the selection", "给光标句或选中的句子写批注"),
            (char("A"), .showNotes, "Note list", "批注列表"),
            (char("W"), .showFindings, "The check's findings (numbering, punctuation…)", "检查结果（编号、标点等）"),
            (char("D"), .showChanges, "Sections changed since the file was opened", "文件打开以来改动的章节"),
            (char("R"), .navigation(.showRequirements), "Requirement list (一是 二是 …)", "要点列表（一是、二是……）"),
            (char("F"), .navigation(.showMatches), "List every match of the search", "列出搜索的全部匹配"),
            (char("P"), .navigation(.togglePinyin), "Pinyin matching in / on or off", "搜索时拼音匹配：开／关"),
            (char("S"), .navigation(.toggleStats), "Sizes and speaking times in the outline", "大纲显示字数与讲话时长"),
            (
                char("y"), .reading(.copy), "Copy the selection or the cursor sentence (OSC 52 clipboard)",
                "复制选中的句子或光标句（经 OSC 52 到剪贴板）"
            ),
            (char("Y"), .reading(.copyCitation), "Copy this section as a citation 〔path title〕", "复制本节，带出处〔路径 标题〕"),
            (char("u"), .reading(.undo), "Undo the last deletion of a note or bookmark", "撤销上一次删除的批注或书签"),
            (char("_"), .reading(.scrollNote(1)), "Scroll the notes shown under the text", "滚动正文下方显示的批注"),
            (char("<"), .reading(.resizeOutline(-ReaderReducer.outlineStep)), "Outline narrower", "大纲变窄"),
            (char(">"), .reading(.resizeOutline(ReaderReducer.outlineStep)), "Outline wider", "大纲变宽"),
            (char("\\"), .reading(.toggleOutline), "Hide / show the outline", "隐藏／显示大纲"),
            (
                [.control("t")], .reading(.toggleMouse), "Mouse to the reader / to the terminal (select text)",
                "鼠标交给阅读器／交给终端（可选择文字）"
            )
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
            ([.control("d")], .navigation(.halfPage(down: true)), "Half a page down", "下移半页"),
            ([.control("u")], .navigation(.halfPage(down: false)), "Half a page up", "上移半页"),
            ([.control("f")], .scroll(.pages(1)), "Next page", "下一页"),
            ([.control("b")], .scroll(.pages(-1)), "Previous page", "上一页"),
            (char("H"), .navigation(.cursorToScreen(.top)), "Cursor to the top of the screen", "光标到屏幕顶部的句子"),
            (char("M"), .navigation(.cursorToScreen(.middle)), "Cursor to the middle of the screen", "光标到屏幕中部的句子"),
            (char("L"), .navigation(.cursorToScreen(.bottom)), "Cursor to the bottom of the screen", "光标到屏幕底部的句子"),
            (char("0"), .navigation(.countDigit(0)), "A count, then %: 50% goes halfway", "输入数字再按 %：50% 到一半处"),
            (char("1"), .navigation(.countDigit(1)), "A count, then %: 50% goes halfway", "输入数字再按 %：50% 到一半处"),
            (char("2"), .navigation(.countDigit(2)), "A count, then %: 50% goes halfway", "输入数字再按 %：50% 到一半处"),
            (char("3"), .navigation(.countDigit(3)), "A count, then %: 50% goes halfway", "输入数字再按 %：50% 到一半处"),
            (char("4"), .navigation(.countDigit(4)), "A count, then %: 50% goes halfway", "输入数字再按 %：50% 到一半处"),
            (char("5"), .navigation(.countDigit(5)), "A count, then %: 50% goes halfway", "输入数字再按 %：50% 到一半处"),
            (char("6"), .navigation(.countDigit(6)), "A count, then %: 50% goes halfway", "输入数字再按 %：50% 到一半处"),
            (char("7"), .navigation(.countDigit(7)), "A count, then %: 50% goes halfway", "输入数字再按 %：50% 到一半处"),
            (char("8"), .navigation(.countDigit(8)), "A count, then %: 50% goes halfway", "输入数字再按 %：50% 到一半处"),
            (char("9"), .navigation(.countDigit(9)), "A count, then %: 50% goes halfway", "输入数字再按 %：50% 到一半处"),
            (char("%"), .navigation(.percent), "Go to the count's percent of the text", "跳到全文的该百分比处"),
            (
                [.key(.enter)], .reading(.openNote), "Read the notes on the cursor sentence in full",
                "查看光标句上批注的全文"
            ),
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
            (char("/"), .navigation(.startOutlineFilter), "Filter the outline as you type", "筛选大纲（边输入边筛选）"),
            ([.key(.escape)], .navigation(.outlineEscape), "Clear the filter, else back to the text", "清除筛选，否则回到正文")
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
            ([.control("u")], .promptClear, "Clear the line", "清空输入"),
            ([.key(.up)], .navigation(.promptUp), "Previous title in the chooser, else earlier input", "上一个候选，否则上一条历史"),
            ([.key(.down)], .navigation(.promptDown), "Next title in the chooser, else later input", "下一个候选，否则下一条历史"),
            ([.control("p")], .navigation(.historyOlder), "Earlier input (kept across sessions)", "上一条历史输入（跨会话保存）"),
            ([.control("n")], .navigation(.historyNewer), "Later input", "下一条历史输入")
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
                (char("y"), .reading(.copy), "Copy the label, else the passage", "复制书签名称，否则原文"),
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
                (char("y"), .reading(.copy), "Copy the note", "复制批注"),
                (
                    char("r"), .reading(.reattach), "Re-attach the note to the cursor sentence (or selection)",
                    "把批注重新挂到光标句（或选中的句子）"
                ),
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

    private static let noteOverlay = table(
        .noteView,
        [
            (char("j") + [.key(.down)], .reading(.scrollNoteView(.rows(1))), "Scroll down", "向下滚动"),
            (char("k") + [.key(.up)], .reading(.scrollNoteView(.rows(-1))), "Scroll up", "向上滚动"),
            (char(" ") + [.key(.pageDown)], .reading(.scrollNoteView(.pages(1))), "Page down", "向下翻页"),
            (char("b") + [.key(.pageUp)], .reading(.scrollNoteView(.pages(-1))), "Page up", "向上翻页"),
            (char("y"), .reading(.copy), "Copy the note text", "复制批注文字"),
            ([.key(.escape), .key(.enter)] + char("q"), .reading(.closeNoteView), "Close", "关闭")
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

    private static let navigationList = table(
        .navigationList,
        [
            (char("j") + [.key(.down)], .navigation(.listMove(.rows(1))), "Next item", "下一项"),
            (char("k") + [.key(.up)], .navigation(.listMove(.rows(-1))), "Previous item", "上一项"),
            (char(" ") + [.key(.pageDown)], .navigation(.listMove(.pages(1))), "Page down", "向下翻页"),
            (char("b") + [.key(.pageUp)], .navigation(.listMove(.pages(-1))), "Page up", "向上翻页"),
            (char("g") + [.key(.home)], .navigation(.listFirst), "First item", "第一项"),
            (char("G") + [.key(.end)], .navigation(.listLast), "Last item", "最后一项"),
            ([.key(.enter)], .navigation(.listOpen), "Go there", "跳到该处"),
            (char("p"), .navigation(.listToggleScope), "Requirements: this part only, or all", "要点：只看本部分／全文"),
            ([.key(.escape)] + char("q", "R", "F"), .navigation(.listClose), "Close the list", "关闭列表")
        ])
}
