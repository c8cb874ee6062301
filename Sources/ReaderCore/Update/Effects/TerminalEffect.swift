/// What the terminal performs for the reader.
public enum TerminalEffect: Hashable, Sendable {
    /// Ring the bell: the key could do nothing here.
    case bell
}
