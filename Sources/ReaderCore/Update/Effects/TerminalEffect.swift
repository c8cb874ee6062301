/// What the terminal performs for the reader.
public enum TerminalEffect: Hashable, Sendable {
    /// Ring the bell: the key could do nothing here.
    case bell
    /// Put `text` on the clipboard: the terminal writes OSC 52 (`ESC ] 52 ; c ; BASE64 BEL`),
    /// which terminals and tmux (`set-clipboard on`) take as a copy.
    case copy(String)
    /// Capture the mouse (clicks and the wheel go to the reader) or release it (the terminal
    /// selects text as usual).
    case mouseCapture(Bool)
}
