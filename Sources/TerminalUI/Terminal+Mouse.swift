import CNCurses
import Foundation
import ReaderCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Mouse capture and the clipboard: the escape sequences ncurses does not send for us.
///
/// The reader asks for button events only (xterm mode 1000) with SGR coordinates (mode 1006):
/// no motion reports (any-motion tracking, 1003, would flood the input and keep the terminal
/// from selecting text for no gain), and no column limit (X10 coordinates stop at 223). ncurses
/// sends 1006 itself only when the terminfo entry has an `XM` capability that says so
/// (`xterm-256color` does; `tmux-256color` and `screen-256color` do not), so the modes are
/// written here after `mousemask`, and SGR reports that ncurses does not decode are parsed in
/// `Terminal+Input`.
extension Terminal {
    /// Turns mouse capture on (button events, SGR encoding) or off (the terminal selects text).
    func applyMouseCapture(flushingScreen: Bool = true) {
        if mouseCaptured {
            let mask = CN_BUTTON1_PRESSED | CN_BUTTON1_CLICKED | CN_BUTTON4_PRESSED | CN_BUTTON5_PRESSED
            _ = mousemask(mask, nil)
            // No click resolution: a press is reported at once (the reader acts on presses).
            _ = mouseinterval(0)
            writeRaw("\u{1B}[?1003l\u{1B}[?1002l\u{1B}[?1000h\u{1B}[?1006h", flushingScreen: flushingScreen)
        } else {
            _ = mousemask(0, nil)
            writeRaw("\u{1B}[?1006l\u{1B}[?1003l\u{1B}[?1002l\u{1B}[?1000l", flushingScreen: flushingScreen)
        }
    }

    /// Sets mouse capture (from the configuration or Ctrl-T) and applies it.
    public func setMouseCapture(_ on: Bool) {
        mouseCaptured = on
        guard window != nil else { return }
        applyMouseCapture()
    }

    /// Puts `text` on the clipboard by OSC 52 (`ESC ] 52 ; c ; BASE64 BEL`), which xterm-like
    /// terminals and tmux with `set-clipboard on` store. Base64 keeps every byte of the text
    /// (control characters included) from reaching the terminal raw.
    func copyToClipboard(_ text: String) {
        writeRaw(Self.clipboardSequence(text))
    }

    /// The OSC 52 sequence that copies `text`.
    public static func clipboardSequence(_ text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }

    /// Writes bytes straight to the terminal, after whatever ncurses still holds: a sequence
    /// that ncurses has no capability for must not land in the middle of a screen update.
    /// `flushingScreen: false` skips that update, for a mode set while starting: the screen was
    /// just resumed and nothing is drawn yet, so the update would send nothing, after comparing
    /// every row for about 0.3 M instructions.
    func writeRaw(_ sequence: String, flushingScreen: Bool = true) {
        guard window != nil else { return }
        if flushingScreen {
            _ = doupdate()
        }
        var bytes = Array(sequence.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeMutableBytes { buffer in
                write(STDOUT_FILENO, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return }
            written += result
        }
        bytes.removeAll()
    }
}
