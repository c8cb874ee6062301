import Foundation
import Testing

/// `show` breaks paragraphs where the reader's text pane does (issue 11).
@Suite("Command line: show paragraphs")
struct CommandLineShowParagraphTests {
    @Test("show 1.1 puts the heading, its body and each requirement on lines of their own")
    func subsectionIsBrokenLikeTheReader() throws {
        let lines = try CommandLineBinary.succeed(["show", "1.1"]).lines
        #expect(lines.first == "(一)坚持党性原则,校准政绩创造的政治坐标。")
        #expect(lines.dropFirst().first?.hasPrefix("政绩观首先是一个政治问题") == true)
        for item in ["一是要强化政治忠诚", "二是要心怀“国之大者”", "三是要严守政治纪律"] {
            #expect(lines.contains { $0.hasPrefix(item) }, "no line starts with \(item)")
        }
        #expect(lines.count == 5)
    }

    @Test("show --width wraps each paragraph: a requirement still starts a line")
    func wrappedRequirementStartsALine() throws {
        let lines = try CommandLineBinary.succeed(["show", "1.1", "--width", "30"]).lines
        #expect(lines.contains { $0.hasPrefix("一是要强化政治忠诚") })
        #expect(lines.allSatisfy { commandLineWidth($0) <= 30 })
    }

    @Test("a blank line sets a heading apart, as in the reader")
    func headingsAreSetApart() throws {
        let lines = try CommandLineBinary.succeed(["show", "1"]).lines
        let second = try #require(lines.firstIndex { $0.hasPrefix("(二)恪守人民立场") })
        #expect(lines[second - 1] == "")
        #expect(lines.first?.hasPrefix("一、溯源固本") == true)
    }

    @Test("--width with a negative number says it must be positive", arguments: ["-5", "0", "-1"])
    func negativeWidth(width: String) throws {
        let result = try CommandLineBinary.run(["show", "1", "--width", width])
        #expect(result.status == 64)
        #expect(result.errorContractViolation == nil, "\(result.errorContractViolation ?? "")")
        let message = result.err
        #expect(message.contains("--width must be a positive number"), "\(message)")
        #expect(!message.contains("Missing value"))
    }
}
