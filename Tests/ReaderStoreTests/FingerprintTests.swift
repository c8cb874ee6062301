import Testing

@testable import ReaderStore

@Suite("Document fingerprint")
struct FingerprintTests {
    @Test func matchesPublishedFNV1aValues() {
        #expect(DocumentFingerprint(text: "").hash == 0xcbf2_9ce4_8422_2325)
        #expect(DocumentFingerprint(text: "a").hash == 0xaf63_dc4c_8601_ec8c)
        #expect(DocumentFingerprint(text: "foobar").hash == 0x8594_4171_f739_67e8)
    }

    @Test func coversEveryByteAndTheLength() {
        let one = DocumentFingerprint(text: "一、坚持学习")
        let other = DocumentFingerprint(text: "一、坚持学习。")
        #expect(one != other)
        #expect(one.length == 18)
        #expect(one == DocumentFingerprint(text: "一、坚持学习"))
        #expect(one.hashText.hasPrefix("fnv1a64:"))
        #expect(one.hashText.count == 8 + 16)
        #expect(DocumentFingerprint(text: "").hashText == "fnv1a64:cbf29ce484222325")
    }
}
