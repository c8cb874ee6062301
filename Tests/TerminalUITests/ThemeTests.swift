import CNCurses
import ReaderCore
import Testing

@testable import TerminalUI

/// The configuration's `theme` reaches the style mapping: `dark` and `light` pick colours for
/// their background, `mono` draws with attributes only.
@Suite("Themes")
struct ThemeTests {
    /// Roles whose colour is the text's (not a reversed bar's background).
    private let textRoles = Style.Role.allCases.filter { !Style($0).reverse }

    @Test func theConfigurationValueNamesTheTheme() {
        #expect(Theme(configValue: "dark") == .dark)
        #expect(Theme(configValue: "light") == .light)
        #expect(Theme(configValue: "mono") == .mono)
        #expect(Theme(configValue: nil) == nil)
        #expect(Theme(configValue: "solarized") == nil)
    }

    @Test func lightKeepsYellowAndCyanOffText() {
        for role in textRoles {
            let colour = StyleMapper.foregroundColour(for: role, theme: .light)
            #expect(colour != COLOR_YELLOW && colour != COLOR_CYAN && colour != COLOR_WHITE, "\(role)")
        }
    }

    @Test func darkKeepsBlueAndBlackOffText() {
        for role in textRoles {
            let colour = StyleMapper.foregroundColour(for: role, theme: .dark)
            #expect(colour != COLOR_BLUE && colour != COLOR_BLACK, "\(role)")
        }
    }

    @Test func theThemesDiffer() {
        let roles = Style.Role.allCases
        let dark = roles.map { StyleMapper.foregroundColour(for: $0, theme: .dark) }
        let light = roles.map { StyleMapper.foregroundColour(for: $0, theme: .light) }
        #expect(dark != light)
        #expect(StyleMapper.foregroundColour(for: .heading1, theme: .light) == COLOR_BLUE)
        #expect(StyleMapper.foregroundColour(for: .heading1, theme: .dark) == COLOR_YELLOW)
    }

    @Test func monoUsesNoColourEvenWhenTheTerminalHasIt() {
        let mapper = StyleMapper(usesColour: true, theme: .mono)
        #expect(!mapper.usesColour)
        for role in Style.Role.allCases {
            #expect(mapper.attributes(for: Style(role)).pair == 0, "\(role)")
        }
        // Highlights keep an emphasis so focus never disappears.
        #expect(mapper.attributes(for: Style(.outlineSelected)).attributes & CN_A_REVERSE != 0)
    }

    @Test func aColourThemeMapsRolesToPairs() {
        let mapper = StyleMapper(usesColour: true, theme: .light)
        #expect(mapper.theme == .light)
        #expect(mapper.attributes(for: Style(.heading1)).pair == StyleMapper.pairNumber(for: .heading1))
        #expect(mapper.attributes(for: Style(.normal)).pair == 0)
    }
}
