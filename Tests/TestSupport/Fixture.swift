import SpeechParser

/// The speech most tests annotate: two sections, headings at three levels, a closing.
public enum Fixture {
    public static let speech = """
        今天，我们召开全体干部大会。这是开场白的第二句话。
        一、坚持学习，提高本领
        （一）加强理论学习
        一是要深化理论学习，掌握思想武器。二是要加强党性教育，砥砺初心使命。
        （二）改进工作作风
        一是要坚持调查研究，掌握实际情况。二是要发扬斗争精神，攻坚克难前进。
        二、严守纪律，廉洁自律
        （一）筑牢思想防线
        要时刻绷紧廉洁这根弦，自觉抵制各种诱惑。我们必须做到警钟长鸣。
        同志们，让我们携手奋进，再创佳绩！

        """

    public static func document(_ text: String = speech) -> Document {
        Document(parsing: text)
    }

    /// The UTF-8 range of the first occurrence of `needle` in `text`.
    public static func range(of needle: String, in text: String) throws -> Range<Int> {
        guard let found = text.range(of: needle) else {
            throw HarnessFailure(description: "“\(needle)” is not in the text")
        }
        let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
        return start..<start + needle.utf8.count
    }

    /// The index of the node at `path`.
    public static func node(_ path: String, in document: Document) throws -> Int {
        guard let index = document.nodeIndex(path: path) else { throw HarnessFailure(description: "no node \(path)") }
        return index
    }
}
