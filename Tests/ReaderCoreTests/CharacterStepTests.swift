import BundledSpeech
import Testing

@testable import ReaderCore

/// Stepping a text with `CharacterStep` gives exactly the characters `Character` iteration gives:
/// the same boundaries, first code points and widths, whatever follows an ordinary code point.
@Suite("Layout: character steps")
struct CharacterStepTests {
    static let samples = [
        "今天，我们召开“全局”大会……——总书记指出：(一)坚持党性原则。ＧＤＰ增长５％",
        "e\u{301}té — café\u{301}!", "一\u{302A}二\u{3099}三", "中\u{FE0F}文\u{200D}字",
        "👩\u{200D}👩\u{200D}👧 🇨🇳🇨🇳 ✊🏽", "가\u{1161}각 한국어", "a\r\nb\nc\td", "\u{0600}1 ٣ عربي",
        "ﾊﾟ ｶﾞ", "", "。", "x\u{0308}"
    ]

    @Test("the steps equal Character iteration", arguments: samples)
    func equalsCharacters(sample: String) {
        for text in [Substring(sample), Substring("前" + sample + "后").dropFirst().dropLast()] {
            var index = text.startIndex
            var characters = text.makeIterator()
            while index < text.endIndex {
                let step = CharacterStep(at: index, in: text)
                guard let character = characters.next() else {
                    Issue.record("more steps than characters in \(sample.debugDescription)")
                    return
                }
                #expect(step.first == character.unicodeScalars.first)
                #expect(step.columns == DisplayWidth.of(character))
                #expect(text[index..<step.next] == String(character), "\(sample.debugDescription)")
                if step.isOrdinary { #expect(character.unicodeScalars.count == 1) }
                index = step.next
            }
            #expect(characters.next() == nil)
        }
    }

    @Test("on the bundled speech too")
    func bundledSpeech() {
        let text = Substring(String(decoding: BundledSpeech.bytes, as: UTF8.self))
        var index = text.startIndex
        var stepped: [Substring] = []
        while index < text.endIndex {
            let step = CharacterStep(at: index, in: text)
            stepped.append(text[index..<step.next])
            index = step.next
        }
        #expect(stepped.map(String.init) == text.map(String.init))
    }
}
