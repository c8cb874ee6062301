import Annotations
import Testing

@Suite("Vocabulary")
struct VocabularyTests {
    @Test("every anchor state has its own name in each language")
    func stateNames() {
        let english = AnchorState.allCases.map { Vocabulary.english.name(of: $0) }
        let chinese = AnchorState.allCases.map { Vocabulary.chinese.name(of: $0) }
        #expect(english == ["exact", "moved", "fuzzy", "orphaned"])
        #expect(chinese == ["原位", "已移位", "近似", "失锚"])
        #expect(Vocabulary.of(chinese: true) == .chinese)
    }
}
