import Testing
@testable import SpeechParser
@Test func parsesSomething() { #expect(Document(parsing: "一、标题\n正文").nodes.count == 1) }
