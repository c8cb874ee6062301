/// The language findings are worded in. Rule ids stay English in both.
public enum CheckLanguage: String, Hashable, Sendable, CaseIterable {
    case english
    case chinese

    /// The language for a POSIX locale name: `zh_*` gives Chinese, anything else English
    /// (the reader's rule, so `check` and the reader speak alike).
    public init(locale: String) {
        self = locale.lowercased().hasPrefix("zh") ? .chinese : .english
    }

    /// The language from the environment: the first non-empty of LC_ALL, LC_MESSAGES, LANG.
    public init(environment: [String: String]) {
        let name = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        self.init(locale: name ?? "")
    }
}
