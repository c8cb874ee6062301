/// The language of the reader's own words (labels, messages, help). The caller picks it from the
/// locale: `zh_*` gives `.chinese`, anything else `.english`.
public enum UILanguage: String, Hashable, Sendable, CaseIterable {
    /// English.
    case english
    /// Simplified Chinese.
    case chinese

    /// The language for a POSIX locale name such as `zh_CN.UTF-8`, `en_US` or `C.UTF-8`.
    public init(locale: String) {
        self = locale.lowercased().hasPrefix("zh") ? .chinese : .english
    }
}
