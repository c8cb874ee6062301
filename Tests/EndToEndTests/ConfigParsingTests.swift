import ReaderCore
import Testing

@testable import speechreader

/// The configuration file, parsed without a reader: every key with good values, wrong types
/// and bad values; unknown keys; a syntax error. A problem is always one warning line naming
/// the key and its line, and the default for that key.
@Suite("Configuration file parsing")
struct ConfigParsingTests {
    private func parse(_ text: String) -> ReaderConfig {
        ReaderConfig.parse(text, name: "config.toml")
    }

    /// The one warning of `text`, checked to be one line naming `key` at `line`.
    private func warning(_ text: String, key: String, line: Int) -> String? {
        let config = parse(text)
        #expect(config.warnings.count == 1, "\(config.warnings)")
        guard let warning = config.warnings.first else { return nil }
        #expect(warning.hasPrefix("config.toml:\(line): \(key) "), "\(warning)")
        #expect(!warning.contains("\n"), "\(warning)")
        return warning
    }

    @Test func anEmptyFileIsTheDefaults() {
        #expect(parse("") == ReaderConfig())
        #expect(parse("# only a comment\n") == ReaderConfig())
    }

    @Test func everyKeyWithAGoodValue() {
        let config = parse(
            """
            language = "zh"
            mouse = false
            outline_width = 30
            max_text_width = 72
            text_align = "left"
            theme = "light"
            reading_rate = 300

            [check]
            disabled = ["duplicated-word", "elision"]
            """)
        #expect(config.warnings == [])
        #expect(config.language == .chinese)
        #expect(config.theme == "light")
        #expect(
            config.settings
                == ReaderSettings(
                    mouse: false, outlineWidth: 30, maxTextWidth: 72, textAlign: .left, readingRate: 300,
                    disabledRules: ["duplicated-word", "elision"]))
        #expect(parse("language = \"en\"").language == .english)
        #expect(parse("text_align = \"center\"").settings.textAlign == .center)
        for theme in ["dark", "light", "mono"] {
            #expect(parse("theme = \"\(theme)\"").theme == theme)
        }
    }

    @Test func wrongTypesAreOneWarningAndTheDefault() {
        let cases: [(String, String)] = [
            ("language = 1", "language"), ("mouse = \"yes\"", "mouse"), ("outline_width = \"wide\"", "outline_width"),
            ("max_text_width = 7.5", "max_text_width"), ("text_align = true", "text_align"), ("theme = 2", "theme"),
            ("reading_rate = \"fast\"", "reading_rate"), ("check = 1", "check")
        ]
        for (line, key) in cases {
            _ = warning("# settings\n" + line + "\n", key: key, line: 2)
            var expected = parse("# settings\n" + line + "\n")
            expected.warnings = []
            #expect(expected == ReaderConfig(), "\(line)")
        }
    }

    @Test func valuesOutOfRangeOrUnknownAreOneWarningAndTheDefault() {
        let cases: [(String, String)] = [
            ("language = \"fr\"", "language"), ("outline_width = 3", "outline_width"),
            ("max_text_width = 5000", "max_text_width"), ("text_align = \"right\"", "text_align"),
            ("theme = \"solarized\"", "theme"), ("reading_rate = 0", "reading_rate"),
            ("reading_rate = -220", "reading_rate")
        ]
        for (line, key) in cases {
            _ = warning(line, key: key, line: 1)
            var config = parse(line)
            config.warnings = []
            #expect(config == ReaderConfig(), "\(line)")
        }
    }

    @Test func theCheckTableTakesKnownRulesOnly() {
        let text = "mouse = true\n[check]\ndisabled = [\"duplicated-word\", \"no-such-rule\"]\n"
        let config = parse(text)
        #expect(config.settings.disabledRules == ["duplicated-word"])
        #expect(config.warnings.count == 1)
        #expect(config.warnings.first?.hasPrefix("config.toml:3: disabled ") == true)
        _ = warning("[check]\ndisabled = \"elision\"\n", key: "disabled", line: 2)
    }

    @Test func anUnknownKeyIsNamedAndTheRestStillApplies() {
        let config = parse("mouse = false\nlangauge = \"zh\"\n")
        #expect(config.settings.mouse == false)
        #expect(config.language == nil)
        #expect(config.warnings.count == 1)
        #expect(config.warnings.first?.hasPrefix("config.toml:2: langauge ") == true)
        #expect(config.warnings.first?.contains("language") == true)  // the known keys are listed
    }

    @Test func aSyntaxErrorIsOneLineWithItsLineAndAllDefaults() {
        let config = parse("mouse = false\nlanguage = \"zh\nreading_rate = 300\n")
        #expect(config.warnings.count == 1)
        let warning = config.warnings.first ?? ""
        #expect(warning.hasPrefix("config.toml:2: "), "\(warning)")
        #expect(!warning.contains("\n"))
        var defaults = config
        defaults.warnings = []
        #expect(defaults == ReaderConfig())
    }
}
