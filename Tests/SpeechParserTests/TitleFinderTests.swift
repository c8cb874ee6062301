import Testing

@testable import SpeechParser

@Suite("Go to anything: titles")
struct TitleFinderTests {
    static let document = parse(
        """
        一、容错机制
        （一）落实容错纠错机制
        一是要完善容错。二是要容纠并举。
        （二）机制建设
        二、政绩观教育
        """)

    private func ranked(_ query: String) -> [String] {
        let finder = TitleFinder(document: Self.document)
        return finder.matches(for: query).map { match in
            "\(Self.document.nodes[match.node].path) \(match.kind)"
        }
    }

    @Test("exact before prefix before substring before fuzzy; earlier and shorter first within a kind")
    func ranking() {
        #expect(ranked("容错机制") == ["1 exact", "1.1 fuzzy"])
        #expect(ranked("机制") == ["1.2 prefix", "1 substring", "1.1 substring"])
        #expect(ranked("容错") == ["1 prefix", "1.1 substring", "1.1.1 substring"])
        #expect(ranked("容纠错") == ["1.1 fuzzy"])
        #expect(ranked("容举") == ["1.1.2 fuzzy"])
    }

    @Test("the marker may be typed with the title; half and full width are equal")
    func markers() {
        #expect(ranked("二是要容纠并举") == ["1.1.2 exact"])
        #expect(ranked("(一)落实") == ["1.1 prefix"])
        #expect(ranked("（一）落实") == ["1.1 prefix"])
    }

    @Test("pinyin ranks after literal matches")
    func pinyin() {
        #expect(ranked("zjg") == ["2 pinyin"])
        #expect(ranked("rongcuo") == ["1 pinyin", "1.1 pinyin", "1.1.1 pinyin"])
        #expect(ranked("jzjs").first == "1.2 pinyin")
    }

    @Test("nothing matches an unrelated query or an empty one")
    func none() {
        #expect(ranked("铁路").isEmpty)
        #expect(ranked("  ").isEmpty)
    }
}
