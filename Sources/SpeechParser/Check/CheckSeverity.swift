/// How serious a finding is; printed as `warning` or `error`.
public enum CheckSeverity: String, Hashable, Sendable {
    case warning
    case error
}
