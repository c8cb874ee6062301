/// What the shell must do after an action: the reducer only describes it.
public enum Effect: Hashable, Sendable {
    /// Leave the reader.
    case quit
    /// The reading position changed by a jump (or the reader is quitting): persist it.
    case positionChanged(path: String, offset: Int)
    /// Ring the terminal bell: the key could do nothing here.
    case bell
}
