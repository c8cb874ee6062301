/// Draws a reader state as a frame: a pure function of the state (the size is in it).
///
/// From top to bottom: the panes (outline on the left, a border, the text), then the status
/// line, then the prompt line. Narrow terminals show one pane; tiny ones a message.
public enum Renderer {
    /// The frame for `state`, `state.width` × `state.height` cells.
    public static func render(_ state: ReaderState) -> Frame {
        var frame = Frame(width: state.width, height: state.height)
        let geometry = state.geometry
        let strings = UIStrings.of(state.language)
        guard !geometry.isTiny else {
            drawTooSmall(&frame, strings)
            return frame
        }
        var layout = state.makeLayout()
        // One row more than fits: whether anything follows the screen decides "100%".
        let lookahead = layout.lines(fromLineStart: state.top, count: geometry.paneRows + 1)
        let window = Array(lookahead.prefix(geometry.paneRows))
        if let pane = geometry.outline {
            drawOutline(&frame, state, pane: pane, strings: strings)
        }
        if let border = geometry.border {
            for row in 0..<geometry.paneRows {
                frame.put("│", row: row, col: border, style: Style(.border))
            }
        }
        if let pane = geometry.text {
            drawText(&frame, state, window: window, layout: layout, pane: pane, strings: strings)
            drawNoteStrip(&frame, state, window: window, strings: strings)
        }
        let atEnd = lookahead.count <= geometry.paneRows
        drawStatus(&frame, state, window: window, atEnd: atEnd, strings: strings)
        drawPromptLine(&frame, state, strings: strings)
        if case .help(let scroll) = state.mode {
            drawHelp(&frame, state, scroll: scroll, strings: strings)
        }
        drawList(&frame, state, strings: strings)
        drawChooser(&frame, state, strings: strings)
        drawNavigationList(&frame, state, strings: strings)
        drawNoteOverlay(&frame, state, strings: strings)
        return frame
    }

    /// The whole frame says the terminal is too small, centred, in the longest wording that fits.
    private static func drawTooSmall(_ frame: inout Frame, _ strings: UIStrings) {
        guard frame.width > 0, frame.height > 0 else { return }
        let message =
            strings.tooSmall.first { DisplayWidth.of($0) <= frame.width }
            ?? TextClip.clip(strings.tooSmall.last ?? "", to: frame.width)
        let col = max((frame.width - DisplayWidth.of(message)) / 2, 0)
        frame.put(message, row: frame.height / 2, col: col, style: Style(.message))
    }
}
