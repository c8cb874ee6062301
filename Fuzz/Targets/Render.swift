import ReaderCore
import SpeechParser

/// The reader's pure core driven by random keys, clicks and resizes over a random document: no
/// trap, and every frame is exactly the terminal's size with no control character in any cell
/// (so nothing from a document can reach the terminal as an escape sequence) and every wide
/// character followed by its continuation cell.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let width = input.int(in: 0...140)
    let height = input.int(in: 0...50)
    let steps = input.int(in: 0...24)
    var events: [InputEvent] = []
    for _ in 0..<steps { events.append(event(from: &input)) }
    let text = String(decoding: input.rest(), as: UTF8.self)
    var state = ReaderState(document: Document(parsing: text), width: width, height: height, language: .english)
    checkFrame(state)
    for event in events {
        guard let action = Keymap.action(for: event, in: state) else { continue }
        let effects = ReaderReducer.reduce(&state, action)
        checkFrame(state)
        if effects.contains(.quit) { break }
    }
    return 0
}

private let keys: [UInt32] = Array("jkJK ]})({[gGbnN/:?qmaABhlu\t\r\u{1B}\u{7F}\u{0F}\u{09}12.中文".unicodeScalars.map(\.value))

private func event(from input: inout FuzzInput) -> InputEvent {
    switch input.int(in: 0...9) {
    case 0:
        return .resize(width: input.int(in: 0...140), height: input.int(in: 0...50))
    case 1:
        let kinds = InputEvent.MouseEvent.Kind.allCases
        return .mouse(.init(kinds[input.int(in: 0...kinds.count - 1)], row: input.int(in: -2...60), col: input.int(in: -2...150)))
    case 2:
        let all = InputEvent.Key.allCases
        return .key(all[input.int(in: 0...all.count - 1)])
    default:
        return InputEvent(codePoint: keys[input.int(in: 0...keys.count - 1)]) ?? .key(.escape)
    }
}

private func checkFrame(_ state: ReaderState) {
    let frame = Renderer.render(state)
    require(frame.width == state.width && frame.height == state.height,
            "frame \(frame.width)x\(frame.height) for a \(state.width)x\(state.height) terminal")
    require(frame.cells.count == frame.width * frame.height, "cell count")
    for row in 0..<frame.height {
        let cells = Array(frame.cells(inRow: row))
        for (col, cell) in cells.enumerated() {
            guard let text = cell.text else {
                require(col > 0 && cells[col - 1].width == 2, "a continuation cell without a wide cell before it at \(row),\(col)")
                continue
            }
            require(!text.isEmpty, "an empty cell at \(row),\(col)")
            require(!VisibleControls.needsEscaping(text), "a control character in cell \(row),\(col): \(text.debugDescription)")
            if cell.width == 2 {
                require(col + 1 < cells.count && cells[col + 1].isContinuation, "a wide cell without its continuation at \(row),\(col)")
            }
        }
    }
}
