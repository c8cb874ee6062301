/// Recognises an outline marker at a position where one may start (a line start or right after
/// a sentence end), by its form alone.
///
/// Traps it rejects by form: `一、二、三产业` (a list of numerals), `3.0、` and `1.5亿` (decimals),
/// `（2022年）` and `（创新）` (not a bare number in brackets), `一九九七` (a year), `第一阶段` (no comma),
/// `第一条件` and `第三章程` (a word, not a unit), `第二次`.
struct MarkerScanner {
    let scanner: UTF8Scanner

    /// The marker starting exactly at `offset`, if any. A regulation's `第X章`/`第X条` counts only at
    /// the start of a line (`atLineStart`): mid-line it is a reference (`依照第十条规定`).
    func marker(at offset: Int, line: Int, atLineStart: Bool = true) -> MarkerCandidate? {
        guard let (first, firstLength) = scanner.scalar(at: offset) else { return nil }
        let form: MarkerCandidate.Form?
        let end: Int?
        if Punctuation.isOpenParen(first) {
            (form, end) = bracketed(after: offset + firstLength)
        } else if Punctuation.digitValue(first) != nil {
            (form, end) = arabicDotted(at: offset)
        } else if ChineseNumeral.digit(first) != nil {
            (form, end) = chineseNumbered(at: offset)
        } else if first == "第" {
            (form, end) = ordinalDi(after: offset + firstLength, atLineStart: atLineStart)
        } else if (0x2460...0x2473).contains(first.value) {
            (form, end) = (.heading(level: 4, ordinal: Int(first.value - 0x2460) + 1), offset + firstLength)
        } else {
            (form, end) = ordinalWord(first, at: offset)
        }
        guard let form, let end else { return nil }
        return MarkerCandidate(form: form, range: offset..<end, line: line)
    }

    /// `（一）` → level 2, `（1）` → level 4.
    private func bracketed(after offset: Int) -> (MarkerCandidate.Form?, Int?) {
        if let (value, numeralEnd) = ChineseNumeral.read(scanner, at: offset),
            let (close, closeLength) = scanner.scalar(at: numeralEnd), Punctuation.isCloseParen(close)
        {
            return (.heading(level: 2, ordinal: value), numeralEnd + closeLength)
        }
        if let (value, digitsEnd) = arabicNumber(at: offset),
            let (close, closeLength) = scanner.scalar(at: digitsEnd), Punctuation.isCloseParen(close)
        {
            return (.heading(level: 4, ordinal: value), digitsEnd + closeLength)
        }
        return (nil, nil)
    }

    /// `1.` `1．` `1、` → level 3, unless a decimal (`3.0`) or a list (`1、2、`).
    private func arabicDotted(at offset: Int) -> (MarkerCandidate.Form?, Int?) {
        guard let (value, digitsEnd) = arabicNumber(at: offset),
            let (dot, dotLength) = scanner.scalar(at: digitsEnd), Punctuation.isNumberDot(dot)
        else { return (nil, nil) }
        let end = digitsEnd + dotLength
        if let (next, _) = scanner.scalar(at: end), Punctuation.digitValue(next) != nil { return (nil, nil) }
        return (.heading(level: 3, ordinal: value), end)
    }

    /// `一、` → level 1 (unless `一、二、…`); `一是` / `一要` → requirement items.
    private func chineseNumbered(at offset: Int) -> (MarkerCandidate.Form?, Int?) {
        guard let (value, numeralEnd) = ChineseNumeral.read(scanner, at: offset),
            let (next, nextLength) = scanner.scalar(at: numeralEnd)
        else { return (nil, nil) }
        let end = numeralEnd + nextLength
        switch next {
        case "、":
            if isNumeralListItem(at: end) { return (nil, nil) }
            return (.heading(level: 1, ordinal: value), end)
        case "是" where value <= 10:
            return (.requirement(family: .shi, ordinal: value), end)
        case "要" where value <= 10:
            return (.requirement(family: .yao, ordinal: value), end)
        default:
            return (nil, nil)
        }
    }

    /// `第一，` (the comma belongs to the marker) → requirement; `第一部分` → level 1; at a line
    /// start, `第一编`/`第一章`/`第一节` → divisions and `第一条` → an article.
    private func ordinalDi(after offset: Int, atLineStart: Bool) -> (MarkerCandidate.Form?, Int?) {
        if atLineStart, let regulation = regulationUnit(after: offset) { return regulation }
        guard let (value, numeralEnd) = ChineseNumeral.read(scanner, at: offset),
            let (next, nextLength) = scanner.scalar(at: numeralEnd)
        else { return (nil, nil) }
        if Punctuation.isComma(next) {
            return (.requirement(family: .di, ordinal: value), numeralEnd + nextLength)
        }
        if next == "部", let (fen, fenLength) = scanner.scalar(at: numeralEnd + nextLength), fen == "分" {
            return (.heading(level: 1, ordinal: value), numeralEnd + nextLength + fenLength)
        }
        return (nil, nil)
    }

    /// `第X编` `第X章` `第X节` `第X条` (X up to 九千九百九十九, or Arabic digits), unless the unit
    /// begins a longer word (`第一条件`, `第三章程`, `第二节课`).
    private func regulationUnit(after offset: Int) -> (MarkerCandidate.Form?, Int?)? {
        guard let (value, numeralEnd) = ChineseNumeral.readLarge(scanner, at: offset),
            let (unit, unitLength) = scanner.scalar(at: numeralEnd)
        else { return nil }
        let form: MarkerCandidate.Form
        switch unit {
        case "编": form = .division(rank: 0, ordinal: value)
        case "章": form = .division(rank: 1, ordinal: value)
        case "节": form = .division(rank: 2, ordinal: value)
        case "条": form = .article(ordinal: value)
        default: return nil
        }
        let end = numeralEnd + unitLength
        if let (next, _) = scanner.scalar(at: end), Self.wordAfterUnit[unit]?.contains(next) == true { return nil }
        return (form, end)
    }

    /// Characters that make a regulation unit part of a word: 条件 条例 条款 条约 条文 条目 条规,
    /// 章程 章节, 节课 节目 节日 节点 节能 节约 节奏, 编辑 编制 编写 编号.
    private static let wordAfterUnit: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "条": ["件", "例", "款", "约", "文", "目", "规", "线", "路"],
        "章": ["程", "节"],
        "节": ["课", "目", "日", "点", "能", "约", "奏", "省", "气", "假"],
        "编": ["辑", "制", "写", "号", "排", "者", "码"]
    ]

    /// `首先，` `其次，` `再次，` `最后，` → requirement items of the ordinal-word family.
    /// `first` is the scalar at `offset`; the four words start with different characters.
    private func ordinalWord(_ first: Unicode.Scalar, at offset: Int) -> (MarkerCandidate.Form?, Int?) {
        let word: [UInt8]
        let ordinal: Int
        switch first {
        case "首": (word, ordinal) = (Self.shouXian, 1)
        case "其": (word, ordinal) = (Self.qiCi, 2)
        case "再": (word, ordinal) = (Self.zaiCi, 3)
        case "最": (word, ordinal) = (Self.zuiHou, Int.max)
        default: return (nil, nil)
        }
        guard scanner.matches(word, at: offset),
            let (comma, commaLength) = scanner.scalar(at: offset + word.count),
            Punctuation.isComma(comma)
        else { return (nil, nil) }
        return (.requirement(family: .ordinalWords, ordinal: ordinal), offset + word.count + commaLength)
    }

    private static let shouXian = Array("首先".utf8)
    private static let qiCi = Array("其次".utf8)
    private static let zaiCi = Array("再次".utf8)
    private static let zuiHou = Array("最后".utf8)

    /// After `X、`: another numeral and `、` means a list such as `一、二、三产业`, and a numeral
    /// followed by a counter such as 级 or 产 means a range such as `二、三级医院` or `一、二产业`.
    private func isNumeralListItem(at offset: Int) -> Bool {
        guard let (_, end) = ChineseNumeral.read(scanner, at: offset),
            let (next, _) = scanner.scalar(at: end)
        else { return false }
        return Punctuation.isEnumerationComma(next) || Self.rangeCounters.contains(next)
    }

    /// Words that follow the second numeral of a range (`二、三级`, `一、二产业`, `三、四月份`).
    private static let rangeCounters: Set<Unicode.Scalar> = [
        "级", "产", "线", "类", "等", "档", "批", "期", "代", "季", "月", "号", "层", "楼", "次", "岁", "倍", "流", "星"
    ]

    /// A run of one to three ASCII or full-width digits at `offset`: its value and end.
    private func arabicNumber(at offset: Int) -> (value: Int, end: Int)? {
        var position = offset
        var count = 0
        var value = 0
        while let (scalar, length) = scanner.scalar(at: position), let digit = Punctuation.digitValue(scalar) {
            position += length
            value = value * 10 + digit
            count += 1
            if count > 3 { return nil }
        }
        return count == 0 ? nil : (value, position)
    }
}
