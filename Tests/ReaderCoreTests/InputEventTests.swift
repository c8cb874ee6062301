import Testing

@testable import ReaderCore

@Suite("InputEvent")
struct InputEventTests {
    @Test func namedKeysFromCodePoints() {
        #expect(InputEvent(codePoint: 0x0D) == .key(.enter))
        #expect(InputEvent(codePoint: 0x0A) == .key(.enter))
        #expect(InputEvent(codePoint: 0x09) == .key(.tab))
        #expect(InputEvent(codePoint: 0x7F) == .key(.backspace))
        #expect(InputEvent(codePoint: 0x08) == .key(.backspace))
        #expect(InputEvent(codePoint: 0x1B) == .key(.escape))
    }

    @Test func controlKeys() {
        #expect(InputEvent(codePoint: 0x0F) == .control("o"))
        #expect(InputEvent(codePoint: 0x01) == .control("a"))
        #expect(InputEvent(codePoint: 0x1A) == .control("z"))
        #expect(InputEvent(codePoint: 0x00) == .control("@"))
        #expect(InputEvent(codePoint: 0x1C) == .control("\\"))
        #expect(InputEvent(codePoint: 0x1F) == .control("_"))
    }

    @Test func printableAndCJK() {
        #expect(InputEvent(codePoint: 0x71) == .character("q"))
        #expect(InputEvent(codePoint: 0x4E2D) == .character("中"))
        #expect(InputEvent(codePoint: 0xFF0C) == .character("，"))
        #expect(InputEvent(codePoint: 0x1F600) == .character("😀"))
    }

    @Test func invalidCodePointsAreIgnored() {
        #expect(InputEvent(codePoint: 0x9B) == nil)
        #expect(InputEvent(codePoint: 0xD800) == nil)
        #expect(InputEvent(codePoint: 0xFFFF) == nil)
        #expect(InputEvent(codePoint: 0x11_0000) == nil)
    }

    @Test func functionKeys() {
        #expect(InputEvent.Key.function(1) == .f1)
        #expect(InputEvent.Key.function(12) == .f12)
        #expect(InputEvent.Key.function(0) == nil)
        #expect(InputEvent.Key.function(13) == nil)
    }
}
