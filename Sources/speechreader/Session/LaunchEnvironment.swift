import Foundation

/// The environment variables the reader's launch consults, read one by one with `getenv`.
///
/// `ProcessInfo.processInfo.environment` copies every variable into a new dictionary on each
/// call (about 0.6 M instructions under callgrind); the launch consulted it four times before the
/// first frame, a tenth of that frame's work.
enum LaunchEnvironment {
    /// Every variable the interactive launch reads: the store and config locations, the locale
    /// that picks the interface language, and the note editor.
    static let names = [
        "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "SPEECHREADER_STORE", "LC_ALL", "LC_MESSAGES", "LANG",
        "VISUAL", "EDITOR"
    ]

    /// The variables of `names` that are set, by name.
    static func current() -> [String: String] {
        var values: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }
}
