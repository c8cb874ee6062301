import Testing

@testable import SpeechParser

/// The matched strings of a pinyin search.
private func pinyinMatches(_ query: String, in text: String) -> [String] {
    let readings = PinyinReadings(text: text)
    let document = parse(text)
    return PinyinSearch.matches(of: query, in: text, readings: readings).map { document.string($0) }
}

@Suite("Pinyin")
struct PinyinTests {
    static let text = "牢固树立和自觉践行正确的政绩观。长沙的重庆路，还有行长。ABC计划和5G网络。"

    @Test("full, initials and mixed spellings find the same characters")
    func spellings() {
        for query in ["zhengjiguan", "zjg", "zhengjg", "zhjg", "zheng ji guan", "ZhengJiGuan", "zhengjig"] {
            #expect(pinyinMatches(query, in: Self.text) == ["政绩观"], "\(query)")
        }
    }

    @Test("a polyphonic character answers to each of its readings")
    func polyphones() {
        #expect(pinyinMatches("changsha", in: Self.text) == ["长沙"])
        #expect(pinyinMatches("zhangsha", in: Self.text) == ["长沙"])
        #expect(pinyinMatches("chongqing", in: Self.text) == ["重庆"])
        #expect(pinyinMatches("zhongqing", in: Self.text) == ["重庆"])
        #expect(pinyinMatches("hangzhang", in: Self.text) == ["行长"])
        #expect(pinyinMatches("xingchang", in: Self.text) == ["行长"])
        #expect(pinyinMatches("haiyou", in: Self.text) == ["还有"])
        #expect(pinyinMatches("huanyou", in: Self.text) == ["还有"])
    }

    @Test("readings: ICU's merged with the table, toneless, ü as v and u")
    func readings() {
        let readings = PinyinReadings(text: "长绿政")
        #expect(Set(readings.readings(of: "长")) == ["chang", "zhang"])
        #expect(Set(readings.readings(of: "绿")) == ["lv", "lu"])
        #expect(readings.readings(of: "政") == ["zheng"])
        #expect(readings.readings(of: "A").isEmpty)
        #expect(PinyinTransliterator.toneless("zhèng") == "zheng")
        #expect(PinyinTransliterator.toneless("lǜ") == "lv")
        #expect(PinyinTransliterator.toneless("nǚ") == "nv")
    }

    @Test("punctuation breaks a run; Latin letters and digits match literally inside one")
    func runs() {
        #expect(pinyinMatches("zhengjiguanchang", in: Self.text).isEmpty, "。 between 观 and 长")
        #expect(pinyinMatches("abcjh", in: Self.text) == ["ABC计划"])
        #expect(pinyinMatches("5gwl", in: Self.text) == ["5G网络"])
    }

    @Test("only ASCII queries of two letters or more are pinyin")
    func queries() {
        #expect(PinyinSearch.isPinyinQuery("zjg"))
        #expect(PinyinSearch.isPinyinQuery("xi'an"))
        #expect(!PinyinSearch.isPinyinQuery("z"))
        #expect(!PinyinSearch.isPinyinQuery("政绩"))
        #expect(!PinyinSearch.isPinyinQuery("a.b"))
        #expect(!PinyinSearch.isPinyinQuery("123"))
    }

    @Test("on the bundled speech, zhengjiguan finds exactly what 政绩观 finds, and zjg at least that")
    func bundledSpeech() throws {
        let text = try bundledSpeechText()
        let readings = PinyinReadings(text: text)
        let literal = TextSearch.matches(of: "政绩观", in: text)
        #expect(literal.count > 20)
        #expect(PinyinSearch.matches(of: "zhengjiguan", in: text, readings: readings) == literal)
        let initials = Set(PinyinSearch.matches(of: "zjg", in: text, readings: readings))
        #expect(initials.isSuperset(of: literal))
    }

    @Test("DocumentSearch lists literal matches first, then pinyin ones that do not overlap them")
    func literalFirst() {
        let text = "zjg在前。政绩观在后。zjg又来。"
        let document = parse(text)
        let matches = DocumentSearch.matches(of: "zjg", in: document, pinyin: PinyinReadings(text: text))
        #expect(matches.map(\.kind) == [.literal, .literal, .pinyin])
        #expect(matches.map { document.string($0.range) } == ["zjg", "zjg", "政绩观"])
        #expect(DocumentSearch.matches(of: "zjg", in: document).count == 2, "no readings, no pinyin")
    }
}
