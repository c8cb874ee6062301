import Annotations

/// Every word the reader itself shows, in English and Simplified Chinese: one table, so a
/// translation is complete or visibly not. (Key help texts live with the keys, in `Keymap`.)
public struct UIStrings: Sendable {
    /// The language of this table.
    let language: UILanguage
    /// The focus/mode tags of the status line.
    let textTag, outlineTag, helpTag, gotoTag, searchTag: String
    /// Outline names of unnumbered nodes (from the one `Vocabulary`, shared with the exports;
    /// `title` for a title node without text).
    let title, preamble, closing, untitled: String
    /// Key hints on the prompt line when no input is open.
    let hints: String
    /// The help overlay's title and footer.
    let helpTitle, helpFooter: String
    /// Section titles of the help overlay, by key context.
    let anyContext, textContext, outlineContext, promptContext, helpContext: String
    /// The help overlay's mouse section: its title and (what, effect) rows.
    let mouseTitle: String
    let mouseRows: [(String, String)]
    /// "Too small" messages, longest first: the first that fits is shown.
    let tooSmall: [String]
    /// Shown in the text pane of a document with no text at all (empty or only spaces).
    let emptyDocument: String
    /// Elision labels, short (outline, status) and long (the text pane): the words around the
    /// count, and the label when the elision states no count.
    private let elidedShortFormat, elidedLongFormat: (String, String)
    private let elidedShortUnknown, elidedLongUnknown: String

    /// The strings for `language`.
    public static func of(_ language: UILanguage) -> UIStrings {
        language == .chinese ? chinese : english
    }

    static let english = UIStrings(
        language: .english,
        textTag: "TEXT", outlineTag: "OUTLINE", helpTag: "HELP", gotoTag: "GO TO", searchTag: "SEARCH",
        title: Vocabulary.english.title, preamble: Vocabulary.english.preamble, closing: Vocabulary.english.closing,
        untitled: Vocabulary.english.headingLost,
        hints: "? help  q quit  Tab outline  / search  : go to  ] [ node  ) ( sentence",
        helpTitle: "SpeechReader keys", helpFooter: "Esc, q or ? closes · j/k scroll",
        anyContext: "Anywhere", textContext: "Text pane", outlineContext: "Outline",
        promptContext: "Input line (: / a m)", helpContext: "This help",
        mouseTitle: "Mouse",
        mouseRows: [
            ("Click", "Outline: go there (on ▸/▾: fold); text: move the cursor"),
            ("Wheel", "Scroll the pane under the pointer")
        ],
        tooSmall: ["Terminal too small: enlarge to 20×6", "Terminal too small", "Too small", "Small"],
        emptyDocument: "This document is empty.",
        elidedShortFormat: ("⋯ ", " chars elided"), elidedLongFormat: ("⋯⋯  ", " characters elided here  ⋯⋯"),
        elidedShortUnknown: "⋯ text elided", elidedLongUnknown: "⋯⋯  text elided here  ⋯⋯"
    )

    static let chinese = UIStrings(
        language: .chinese,
        textTag: "正文", outlineTag: "大纲", helpTag: "帮助", gotoTag: "跳转", searchTag: "搜索",
        title: Vocabulary.chinese.title, preamble: Vocabulary.chinese.preamble, closing: Vocabulary.chinese.closing,
        untitled: Vocabulary.chinese.headingLost,
        hints: "? 帮助  q 退出  Tab 大纲  / 搜索  : 跳转  ] [ 节点  ) ( 句子",
        helpTitle: "SpeechReader 按键", helpFooter: "Esc、q 或 ? 关闭 · j/k 滚动",
        anyContext: "通用", textContext: "正文", outlineContext: "大纲",
        promptContext: "输入行（: / a m）", helpContext: "本帮助",
        mouseTitle: "鼠标",
        mouseRows: [
            ("点击", "大纲：跳到该处（点 ▸/▾ 折叠）；正文：移动光标"),
            ("滚轮", "滚动指针下的窗格")
        ],
        tooSmall: ["终端太小：请放大到 20×6", "终端太小", "太小"],
        emptyDocument: "此文档为空。",
        elidedShortFormat: ("⋯ ", " 字已省略"), elidedLongFormat: ("⋯⋯  此处省略 ", " 字  ⋯⋯"),
        elidedShortUnknown: "⋯ 有省略", elidedLongUnknown: "⋯⋯  此处有省略  ⋯⋯"
    )

    /// The outline and status label of a gap: `⋯ 8274 字已省略`.
    func elidedShort(_ count: Int?) -> String {
        count.map { elidedShortFormat.0 + String($0) + elidedShortFormat.1 } ?? elidedShortUnknown
    }

    /// The text pane's centred gap line: `⋯⋯  此处省略 8274 字  ⋯⋯`.
    func elidedLong(_ count: Int?) -> String {
        count.map { elidedLongFormat.0 + String($0) + elidedLongFormat.1 } ?? elidedLongUnknown
    }

    /// The help overlay's section title for a key context.
    func title(of context: KeyBinding.Context) -> String {
        switch context {
        case .any: return anyContext
        case .text: return textContext
        case .outline: return outlineContext
        case .prompt: return promptContext
        case .bookmarkList, .noteList, .confirm, .findingList, .changeList: return listContextTitle(context)
        case .navigationList: return navigationListContext
        case .noteView: return noteViewContext
        case .help: return helpContext
        }
    }

    /// The focus or mode tag for the status line.
    func tag(for state: ReaderState) -> String {
        switch state.mode {
        case .help: return helpTag
        case .prompt(let prompt):
            switch prompt.kind {
            case .goto: return gotoTag
            case .search: return searchTag
            case .note, .bookmarkLabel: return promptTag(prompt.kind)
            case .outlineFilter: return filterTag
            }
        case .bookmarks, .notes, .findings, .changes: return listTag(state.mode)
        case .navigationList(let list): return navigationListTag(list)
        case .noteView: return noteViewTag
        case .normal:
            if let selected = state.selectedSentences { return selectionTag(selected.count) }
            return state.focus == .text ? textTag : outlineTag
        }
    }
}
