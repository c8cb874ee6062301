/// The wording of findings in English and Chinese: one table, so the two stay in step.
enum CheckStrings {
    /// The marker form of each GB/T 9704 level, for messages that name a missing level.
    static func form(ofLevel level: Int) -> String {
        switch level {
        case 1: return "一、"
        case 2: return "（一）"
        case 3: return "1."
        default: return "（1）"
        }
    }

    private static let levelOrder = "一、 > （一） > 1. > （1）"

    static func english(_ message: CheckMessage) -> String {
        switch message {
        case .numberingGap(let marker, let previous, let missing, let missingLast):
            let what = missingLast.map { "'\(missing)' to '\($0)' are missing" } ?? "'\(missing)' is missing"
            guard let previous else { return "'\(marker)' is the first of its level here: \(what)" }
            return "'\(marker)' follows '\(previous)': \(what)"
        case .numberingDuplicate(let marker, let previous):
            return "'\(marker)' repeats the number of the earlier '\(previous)'"
        case .numberingOrder(let marker, let previous):
            return "'\(marker)' comes after '\(previous)': numbers out of order"
        case .numberingRestart(let marker, let previous):
            return "'\(marker)' restarts the numbering after '\(previous)' without a new parent heading"
        case .levelSkip(let marker, let level, let parent, let parentLevel, let expected):
            return "'\(marker)' (level \(level)) is directly under '\(parent)' (level \(parentLevel)): "
                + "the level-\(parentLevel + 1) form '\(expected)' is skipped"
        case .levelWithoutParent(let marker, let level, let topLevel):
            return "'\(marker)' (level \(level)) has no parent heading; this document's top level is "
                + "'\(form(ofLevel: topLevel))'"
        case .levelOrder(let marker, let level, let earlier, let earlierLevel):
            return "'\(marker)' (level \(level)) comes after its sibling '\(earlier)' (level \(earlierLevel)): "
                + "GB/T 9704 orders \(levelOrder)"
        case .markerWidth(let marker, let fixed):
            return "'\(marker)' differs in width from most markers in this document: write '\(fixed)'"
        case .duplicatedWord(let word):
            return "'\(word)' is written twice in a row: '\(word)\(word)'"
        case .halfWidthPunctuation(let found, let fullWidth):
            return "half-width '\(found)' in Chinese text: use '\(fullWidth)' (GB/T 15834-2011)"
        case .fullWidthAlphanumeric(let found, let halfWidth):
            return "full-width '\(found)': use '\(halfWidth)' (GB/T 15835-2011)"
        case .unclosedPair(let opener, let closer):
            return "'\(opener)' is not closed by '\(closer)' in this paragraph"
        case .unopenedPair(let closer, let opener):
            return "'\(closer)' closes no '\(opener)' in this paragraph"
        case .headingPunctuation(let marker, let endsWithPeriod, let others, let siblings):
            let does = endsWithPeriod ? "ends its title with '。'" : "does not end its title with '。'"
            let they = endsWithPeriod ? "do not" : "do"
            return "'\(marker)' \(does); \(others) of its \(siblings) sibling headings \(they)"
        case .elision(let notice):
            return "the text is incomplete: '\(notice)' marks an elision"
        }
    }

    static func chinese(_ message: CheckMessage) -> String {
        switch message {
        case .numberingGap(let marker, let previous, let missing, let missingLast):
            let what = missingLast.map { "缺少“\(missing)”至“\($0)”" } ?? "缺少“\(missing)”"
            guard let previous else { return "“\(marker)”是本级第一项，\(what)" }
            return "“\(marker)”接在“\(previous)”之后，\(what)"
        case .numberingDuplicate(let marker, let previous):
            return "“\(marker)”与前面的“\(previous)”序号重复"
        case .numberingOrder(let marker, let previous):
            return "“\(marker)”排在“\(previous)”之后，序号颠倒"
        case .numberingRestart(let marker, let previous):
            return "“\(marker)”在“\(previous)”之后重新编号，但没有新的上级标题"
        case .levelSkip(let marker, let level, let parent, let parentLevel, let expected):
            return "“\(marker)”（第\(chineseLevel(level))层）直接位于“\(parent)”（第\(chineseLevel(parentLevel))层）之下，"
                + "跳过了第\(chineseLevel(parentLevel + 1))层“\(expected)”"
        case .levelWithoutParent(let marker, let level, let topLevel):
            return "“\(marker)”（第\(chineseLevel(level))层）没有上级标题；本文最高一层是“\(form(ofLevel: topLevel))”"
        case .levelOrder(let marker, let level, let earlier, let earlierLevel):
            return "“\(marker)”（第\(chineseLevel(level))层）排在同级的“\(earlier)”（第\(chineseLevel(earlierLevel))层）之后，"
                + "不合 GB/T 9704 的层次顺序（\(levelOrder)）"
        case .markerWidth(let marker, let fixed):
            return "“\(marker)”的全角/半角与文中多数序号不一致，应作“\(fixed)”"
        case .duplicatedWord(let word):
            return "“\(word)”连写了两次：“\(word)\(word)”"
        case .halfWidthPunctuation(let found, let fullWidth):
            return "中文中用了半角“\(found)”，应作“\(fullWidth)”（GB/T 15834-2011）"
        case .fullWidthAlphanumeric(let found, let halfWidth):
            return "全角“\(found)”，应作“\(halfWidth)”（GB/T 15835-2011）"
        case .unclosedPair(let opener, let closer):
            return "“\(opener)”在本段内没有配对的“\(closer)”"
        case .unopenedPair(let closer, let opener):
            return "“\(closer)”在本段内没有对应的“\(opener)”"
        case .headingPunctuation(let marker, let endsWithPeriod, let others, let siblings):
            let does = endsWithPeriod ? "标题末尾有“。”" : "标题末尾没有“。”"
            let they = endsWithPeriod ? "没有" : "有"
            return "“\(marker)”\(does)，而同级 \(siblings) 个标题中有 \(others) 个\(they)"
        case .elision(let notice):
            return "文本不完整：“\(notice)”表示此处有内容被省略"
        }
    }

    private static func chineseLevel(_ level: Int) -> String {
        ["一", "二", "三", "四", "五"].indices.contains(level - 1) ? ["一", "二", "三", "四", "五"][level - 1] : "\(level)"
    }
}
