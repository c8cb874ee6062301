import TestSupport
import Testing

@testable import SpeechParser

/// Inputs the libFuzzer targets in `Fuzz/` (run by `scripts/fuzz.sh`) found breaking the parser or
/// search, minimised. Each must keep every document invariant and never trap.
@Suite("Fuzzing regressions: parser and search")
struct FuzzRegressionTests {
    /// `最后，` carries the ordinal Int.max; a gap after it followed by another requirement made
    /// the continuation check compute Int.max + 1 and trap (fuzz-DecodeParse, 56 bytes).
    @Test(
        "a gap after 最后， and another requirement sequence",
        arguments: [
            "首先，。最后，\n此处隐藏\n第一，。第二，",
            "首先，要学习。其次，要实践。最后，要总结。\n---此处隐藏8274字,下载后查看---\n一是要落实。二是要检查。",
            "一、总体要求\n首先，甲。最后，乙。\n……（此处省略2000字）……\n首先，丙。其次，丁。"
        ])
    func gapAfterLastOrdinalWord(text: String) {
        let document = parse(text)
        #expect(DocumentInvariants.violations(in: document) == [])
        #expect(document.nodes.contains { $0.kind == .gap })
    }

    /// U+023A Ⱥ lower-cases to U+2C65 ⱥ, outside the two-byte range whose lead bytes search
    /// accepted for letters that fold: a search for Ⱥ (or ⱥ) did not find Ⱥ, not even itself.
    @Test(
        "letters that fold out of the two-byte range are found",
        arguments: [
            ("Ⱥ", "Ⱥ"), ("ⱥ", "前Ⱥ后"), ("Ⱥ", "ⱥⱥ"), ("ȾⱥȺ", "xȾȺⱥy"),
            ("Ⱥ\u{FFFD}\u{200D}👩\u{200D}", "aȺ\u{FFFD}\u{200D}👩\u{200D}b")
        ])
    func foldsOutOfTwoByteRange(query: String, text: String) {
        let found = TextSearch.matches(of: query, in: text)
        #expect(!found.isEmpty)
        #expect(found == referenceMatches(of: query, in: text))
    }
}
