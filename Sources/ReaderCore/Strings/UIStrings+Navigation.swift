/// The words of the finding-your-way features, in English and Chinese.
extension UIStrings {
    private var chinese: Bool { language == .chinese }

    /// A navigation message in words.
    func navigationText(_ message: NavigationMessage) -> String {
        switch message {
        case .nothingNamed(let input):
            return chinese
                ? "没有“\(Self.oneLine(input))”这一节，标题中也没有（例：1.2.3、一(二)、容错）"
                : "Nothing named \u{201C}\(Self.oneLine(input))\u{201D} (try 1.2.3, 一(二), or words of a title)"
        case .badPattern(let reason):
            return (chinese ? "正则表达式有误：" : "Bad regular expression: ") + Self.oneLine(reason)
        case .pinyin(let on):
            return chinese ? (on ? "搜索含拼音匹配" : "搜索不含拼音匹配") : (on ? "Pinyin search on" : "Pinyin search off")
        case .stats(let on):
            return chinese ? (on ? "大纲显示字数与时长" : "大纲不显示字数") : (on ? "Sizes shown" : "Sizes hidden")
        case .indexNotReady:
            return chinese ? "字数统计尚未就绪" : "Sizes are not ready yet"
        case .countNeeded:
            return chinese ? "先输入数字，例如 50%" : "Type a count first, e.g. 50%"
        case .noRequirements:
            return chinese ? "这里没有“一是、二是”式的要点" : "No requirements (一是 二是 …) here"
        case .noPreviousPosition:
            return chinese ? "没有上一个位置" : "No previous position"
        case .noSibling:
            return chinese ? "没有更多同级节点" : "No more nodes of this level"
        case .filterEmpty(let query):
            return chinese
                ? "大纲中没有“\(Self.oneLine(query))”" : "No outline entry matches \u{201C}\(Self.oneLine(query))\u{201D}"
        }
    }

    /// The help overlay's title of the list context.
    var navigationListContext: String { chinese ? "要点列表／匹配列表" : "Requirement and match lists" }

    /// The status tag of an open navigation list.
    func navigationListTag(_ list: NavigationList) -> String {
        switch list.kind {
        case .requirements: return chinese ? "要点" : "POINTS"
        case .matches: return chinese ? "匹配" : "MATCHES"
        }
    }

    /// The status tag and label of the outline filter prompt.
    var filterTag: String { chinese ? "筛选" : "FILTER" }
    var filterLabel: String { chinese ? "筛选大纲：" : "Filter: " }

    /// The title of a navigation list.
    func navigationListTitle(_ kind: NavigationList.Kind, count: Int, groups: Int, scopePath: String?) -> String {
        switch kind {
        case .requirements:
            let scope = scopePath.map { chinese ? "（\($0)）" : " in \($0)" } ?? ""
            return chinese
                ? "要点\(scope)：\(groups) 处共 \(count) 条" : "Requirements\(scope): \(count) under \(groups) headings"
        case .matches:
            return chinese ? "全部匹配（\(count)）" : "All matches (\(count))"
        }
    }

    /// The key hints on the prompt line while a navigation list is open.
    func navigationListHints(_ kind: NavigationList.Kind) -> String {
        switch kind {
        case .requirements:
            return chinese ? "Enter 跳转  p 本部分／全文  j/k 移动  Esc 关闭" : "Enter go to  p this part/all  j/k move  Esc close"
        case .matches:
            return chinese ? "Enter 跳转  j/k 移动  Esc 关闭" : "Enter go to  j/k move  Esc close"
        }
    }

    /// The one row of an empty navigation list.
    func emptyNavigationList(_ kind: NavigationList.Kind) -> String {
        switch kind {
        case .requirements: return navigationText(.noRequirements)
        case .matches: return chinese ? "没有匹配：先按 / 搜索" : "No matches: search with / first"
        }
    }

    /// The heading of requirements at the top level (held by no heading).
    var topLevelRequirements: String { chinese ? "（顶层）" : "(top level)" }

    /// The title of the go-to chooser: how many candidates.
    func chooserTitle(_ count: Int, ambiguous: Bool) -> String {
        if ambiguous { return chinese ? "有 \(count) 处符合，请选择" : "\(count) places fit: choose one" }
        return chinese ? "标题匹配（\(count)）" : "Titles (\(count))"
    }

    /// A speaking time for the status line: `约 3.2 分钟`, `~3.2 min`.
    func speakingTime(_ minutes: Double) -> String {
        let value = Self.oneDecimal(minutes)
        return chinese ? "约 \(value) 分钟" : "~\(value) min"
    }

    /// `3.2`: one decimal, without Foundation's formatting.
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((max(value, 0) * 10).rounded())
        return String(tenths / 10) + "." + String(tenths % 10)
    }

    /// The note overlay's title: `Note` / `批注`, with the count when there are several.
    func noteViewTitle(_ count: Int) -> String {
        if count > 1 { return chinese ? "批注（\(count) 条）" : "Notes (\(count))" }
        return chinese ? "批注" : "Note"
    }

    /// The status tag while the note overlay is open.
    var noteViewTag: String { chinese ? "批注" : "NOTE" }

    /// The help's section title for the note overlay's keys.
    var noteViewContext: String { chinese ? "批注全文（正文中按 Enter）" : "A note in full (Enter in the text)" }

    /// The key hints on the prompt line while the note overlay is open.
    var noteViewHints: String {
        chinese ? "j/k 滚动  空格/b 翻页  y 复制  Esc/q/Enter 关闭" : "j/k scroll  Space/b page  y copy  Esc/q/Enter close"
    }

    /// The key hints on the prompt line while the outline has the focus.
    var outlineHints: String {
        chinese
            ? "j/k 移动  Enter 跳转  h/l 折叠/展开  z 全部  / 筛选  Tab 回正文  ? 帮助"
            : "j/k move  Enter go to  h/l fold/unfold  z all  / filter  Tab text  ? help"
    }

    /// The status line's mark while pinyin matching is off.
    var pinyinOffMark: String { chinese ? "拼音关" : "pinyin off" }
}
