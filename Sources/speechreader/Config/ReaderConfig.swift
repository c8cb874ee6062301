import Foundation
import ReaderCore
import TOMLKit

/// `$XDG_CONFIG_HOME/speechreader/config.toml` (default `~/.config/speechreader/config.toml`):
/// the user's settings. A missing file is the defaults; a bad file or a bad value is one warning
/// line naming the key and its line, and the default for that key — never a crash.
struct ReaderConfig: Equatable {
    /// `language = "zh" | "en"`; nil: from the locale.
    var language: UILanguage?
    /// `theme = "dark" | "light" | "mono"`; nil: the terminal's default colours.
    var theme: String?
    /// The reader's settings (mouse, outline width, text width and alignment, rate, rules).
    var settings = ReaderSettings()
    /// What was wrong, one line per problem, in file order.
    var warnings: [String] = []

    /// The keys the file may hold (anything else is warned about, so a typo is noticed).
    static let knownKeys: Set<String> = [
        "language", "mouse", "outline_width", "max_text_width", "text_align", "theme", "reading_rate", "check"
    ]

    /// The configuration file's path for `environment`.
    static func path(environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/speechreader/config.toml"
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/speechreader/config.toml"
    }

    /// Reads the file for `environment`; no file is the defaults.
    static func load(environment: [String: String]) -> ReaderConfig {
        let path = path(environment: environment)
        guard FileManager.default.fileExists(atPath: path) else { return ReaderConfig() }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { return ReaderConfig(warnings: ["\(path): cannot be read as UTF-8 text"]) }
        return parse(text, name: path)
    }

    /// Parses the text of a configuration file called `name` (for the warnings).
    static func parse(_ text: String, name: String = "config.toml") -> ReaderConfig {
        var config = ReaderConfig()
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            config.warnings.append("\(name):\(error.source.begin.line): \(error.description)")
            return config
        } catch {
            config.warnings.append("\(name): \(error)")
            return config
        }
        var reader = ConfigValues(table: table, text: text, name: name)
        config.apply(&reader)
        config.warnings = reader.warnings
        return config
    }

    private mutating func apply(_ values: inout ConfigValues) {
        for key in values.table.keys.sorted() where !Self.knownKeys.contains(key) {
            values.warn(key, "is not a setting (known: \(Self.knownKeys.sorted().joined(separator: ", ")))")
        }
        if let code = values.string("language", allowed: ["zh", "en"]) {
            language = code == "zh" ? .chinese : .english
        }
        theme = values.string("theme", allowed: ["dark", "light", "mono"])
        if let mouse = values.bool("mouse") { settings.mouse = mouse }
        settings.outlineWidth = values.int("outline_width", in: 12...200)
        settings.maxTextWidth = values.int("max_text_width", in: 20...1000)
        if let align = values.string("text_align", allowed: ["center", "left"]) {
            settings.textAlign = align == "left" ? .left : .center
        }
        if let rate = values.int("reading_rate", in: 1...10000) { settings.readingRate = rate }
        settings.disabledRules = values.disabledRules()
    }
}
