import BundledSpeech
import TestSupport
import Testing

@testable import SpeechParser

/// A slow, obviously correct folded search: compare folded scalars at every scalar start,
/// keep the leftmost match and continue after it.
func referenceMatches(of query: String, in text: String) -> [Range<Int>] {
    let pattern = query.unicodeScalars.map(SearchFolding.fold)
    guard !pattern.isEmpty else { return [] }
    let scalars = Array(text.unicodeScalars)
    var offsets: [Int] = [0]
    for scalar in scalars { offsets.append(offsets[offsets.count - 1] + String(scalar).utf8.count) }
    var found: [Range<Int>] = []
    var index = 0
    while index + pattern.count <= scalars.count {
        if (0..<pattern.count).allSatisfy({ SearchFolding.fold(scalars[index + $0]) == pattern[$0] }) {
            found.append(offsets[index]..<offsets[index + pattern.count])
            index += pattern.count
        } else {
            index += 1
        }
    }
    return found
}

/// The matched text of each range.
private func matchedStrings(_ query: String, in text: String) -> [String] {
    let document = parse(text)
    return TextSearch.matches(of: query, in: text).map { document.string($0) }
}

@Suite("Search folding")
struct SearchTests {
    static let equivalences: [(query: String, text: String, expected: [String])] = [
        ("，", "甲,乙，丙", [",", "，"]),
        (",", "甲,乙，丙", [",", "，"]),
        ("（一）", "(一)和（一）和(一）", ["(一)", "（一）", "(一）"]),
        ("(1)", "（１）与(1)", ["（１）", "(1)"]),
        ("１", "1与１", ["1", "１"]),
        ("2025年", "２０２５年和2025年", ["２０２５年", "2025年"]),
        ("abc", "ABC abc Abc ＡＢＣ ａｂｃ", ["ABC", "abc", "Abc", "ＡＢＣ", "ａｂｃ"]),
        ("ＡＢＣ", "abc", ["abc"]),
        ("GDP", "gdp增长", ["gdp"]),
        ("a b", "a b与a\u{3000}b", ["a b", "a\u{3000}b"]),
        ("\u{3000}", "甲 乙\u{3000}丙", [" ", "\u{3000}"]),
        ("：", "甲:乙：", [":", "："]),
        ("ÉCOLE", "école", ["école"]),
        ("Москва", "МОСКВА москва", ["МОСКВА", "москва"])
    ]

    @Test("half-width = full-width, Latin case and U+3000 = space", arguments: 0..<equivalences.count)
    func foldingEquivalences(index: Int) {
        let (query, text, expected) = Self.equivalences[index]
        #expect(matchedStrings(query, in: text) == expected, "query \(query.debugDescription)")
    }

    @Test("fold maps the documented forms to one value")
    func foldValues() {
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [
            ("，", ","), ("（", "("), ("）", ")"), ("１", "1"), ("Ａ", "a"), ("ａ", "a"), ("A", "a"), ("\u{3000}", " "),
            ("！", "!"), ("；", ";"), ("～", "~")
        ]
        for (left, right) in pairs {
            #expect(SearchFolding.fold(left) == SearchFolding.fold(right), "\(left) vs \(right)")
        }
        #expect(SearchFolding.fold("。") != SearchFolding.fold("."), "。 is not a full-width form of .")
        #expect(SearchFolding.fold("一") == 0x4E00)
    }

    @Test("matches do not overlap and come in order")
    func nonOverlapping() {
        #expect(TextSearch.matches(of: "aa", in: "aaaaa") == [0..<2, 2..<4])
        #expect(TextSearch.matches(of: "啊啊", in: "啊啊啊") == [0..<6])
        #expect(TextSearch.matches(of: "Aa", in: "aAAa") == [0..<2, 2..<4])
    }

    @Test("an empty query, a query longer than the text, and an empty text match nothing")
    func nothingToFind() {
        #expect(TextSearch.matches(of: "", in: "甲乙").isEmpty)
        #expect(TextSearch.matches(of: "甲乙丙", in: "甲乙").isEmpty)
        #expect(TextSearch.matches(of: "甲", in: "").isEmpty)
        #expect(TextSearch.matches(of: "丁", in: "甲乙丙").isEmpty)
    }

    @Test("limit caps the number of matches")
    func limit() {
        #expect(TextSearch.matches(of: "a", in: "aaaa", limit: 2) == [0..<1, 1..<2])
        #expect(TextSearch.matches(of: "a", in: "aaaa", limit: 0).isEmpty)
    }

    @Test("offsets are UTF-8 bytes and never split a character")
    func utf8Offsets() {
        #expect(TextSearch.matches(of: "乙", in: "甲a乙") == [4..<7])
        // The lead byte of 乙 (E4) appears inside other characters' encodings: no false match.
        #expect(TextSearch.matches(of: "\u{4E59}", in: "\u{E4}\u{4E00}\u{4E58}").isEmpty)
    }

    static let speechQueries = ["政绩", "政绩观", ",", "，", "(一)", "（一）", "一是", "“晴雨表”", "同志们", "GDP", "要", "。"]

    @Test(
        "on the bundled speech, matches equal a reference folded search and decode back to the query",
        arguments: speechQueries)
    func bundledSpeechSearch(query: String) throws {
        let document = try Document(bytes: BundledSpeech.bytes)
        let matches = TextSearch.matches(of: query, in: document.text)
        #expect(matches == referenceMatches(of: query, in: document.text))
        let folded = query.unicodeScalars.map(SearchFolding.fold)
        for range in matches {
            #expect(DocumentInvariants.isAligned(range, in: document))
            #expect(document.string(range).unicodeScalars.map(SearchFolding.fold) == folded)
        }
        if query == "一是" { #expect(matches.count == 6) }
        if query == "，" { #expect(matches.count == TextSearch.matches(of: ",", in: document.text).count) }
    }

    @Test("random texts of look-alike characters: the search agrees with the reference", arguments: 0..<4)
    func randomizedAgainstReference(seed: UInt64) {
        let alphabet: [String] = [
            "a", "A", "ａ", "Ａ", "b", "1", "１", ",", "，", "(", "（", " ", "\u{3000}", "一",
            "是", "。", "\n", "é", "É", "ß", "İ", "i", "Σ", "σ", "ς", "θ", "Θ", "ϴ", "Ⱥ", "ⱥ", "溯", "源"
        ]
        var generator = SeededGenerator(seed: 0xC0FFEE &+ seed)
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0..<40, using: &generator))
                .map { _ in alphabet.randomElement(using: &generator) ?? "" }.joined()
            let query = (0..<Int.random(in: 1...3, using: &generator))
                .map { _ in alphabet.randomElement(using: &generator) ?? "" }.joined()
            #expect(
                TextSearch.matches(of: query, in: text) == referenceMatches(of: query, in: text),
                "query \(query.debugDescription) text \(text.debugDescription)")
        }
    }
}

@Suite("Search: known problems")
struct SearchKnownIssueTests {
    @Test("a match at the query's first character finds every form that folds equal")
    func firstCharacterForms() {
        // ϴ (U+03F4) lowercases to θ, so they fold equal; `xθ` finds `xϴ` but `θ` does not find `ϴ`.
        #expect(TextSearch.matches(of: "xθ", in: "xϴ") == [0..<3])
        #expect(TextSearch.matches(of: "θ", in: "ϴ") == [0..<2])
    }
}
