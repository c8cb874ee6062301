import ReaderCore

/// Just enough of a terminal emulator (xterm's cursor addressing, erasing, scrolling and
/// insert/delete sequences) to know what is on the screen: a benchmark waits until some text is
/// visible, whatever cursor movements ncurses chose to put it there and whichever cells it left
/// alone because they already held the right character.
struct ScreenModel {
    let rows: Int
    let columns: Int
    /// One string per cell: the character, "" for the right half of a wide character.
    private var cells: [[String]]
    private var row = 0
    private var col = 0
    private var pendingWrap = false
    private var scrollTop = 0
    private var scrollBottom: Int
    private var saved = (row: 0, col: 0)
    private var lastPrinted: String?
    /// Parser state for escape sequences and incomplete UTF-8 across reads.
    private var escape: [UInt8] = []
    private var inEscape = false
    private var utf8Pending: [UInt8] = []

    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
        scrollBottom = rows - 1
    }

    /// The text of each row, wide characters once, blanks as spaces.
    var lines: [String] {
        cells.map { $0.joined() }
    }

    /// Whether any row contains `text`.
    func shows(_ text: String) -> Bool {
        cells.contains { $0.joined().contains(text) }
    }

    /// Feeds output bytes from the program.
    mutating func feed(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            if inEscape {
                escapeByte(byte)
            } else if !utf8Pending.isEmpty || byte >= 0x80 {
                utf8Byte(byte)
            } else {
                controlOrASCII(byte)
            }
        }
    }

    // MARK: Bytes

    private mutating func controlOrASCII(_ byte: UInt8) {
        switch byte {
        case 0x1B:
            inEscape = true
            escape = []
        case 0x0D:
            col = 0
            pendingWrap = false
        case 0x0A, 0x0B, 0x0C:
            lineFeed()
        case 0x08:
            col = max(col - 1, 0)
            pendingWrap = false
        case 0x09:
            col = min((col / 8 + 1) * 8, columns - 1)
        case 0x20...0x7E:
            put(String(UnicodeScalar(byte)), width: 1)
        default:
            break  // BEL, SI/SO and other controls draw nothing
        }
    }

    private mutating func utf8Byte(_ byte: UInt8) {
        utf8Pending.append(byte)
        let lead = utf8Pending[0]
        let needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard utf8Pending.count >= needed else { return }
        let text = String(decoding: utf8Pending, as: UTF8.self)
        utf8Pending = []
        for scalar in text.unicodeScalars {
            let width = DisplayWidth.of(scalar)
            if width == 0 {
                if col > 0 || row > 0 { appendCombining(scalar) }
            } else {
                put(String(scalar), width: width)
            }
        }
    }

    private mutating func escapeByte(_ byte: UInt8) {
        escape.append(byte)
        let first = escape[0]
        switch first {
        case UInt8(ascii: "["):
            // CSI: parameters and intermediates, then a final byte 0x40…0x7E.
            if escape.count > 1, byte >= 0x40, byte <= 0x7E {
                inEscape = false
                csi(Array(escape.dropFirst().dropLast()), final: byte)
            }
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"):
            // OSC / DCS / APC / PM: until BEL or ESC \.
            if byte == 0x07 || (escape.count >= 2 && escape[escape.count - 2] == 0x1B && byte == UInt8(ascii: "\\")) {
                inEscape = false
            }
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "#"),
            UInt8(ascii: "%"), UInt8(ascii: " "):
            if escape.count == 2 { inEscape = false }  // charset and similar: ignored
        default:
            inEscape = false
            simpleEscape(first)
        }
    }

    private mutating func simpleEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "7"): saved = (row, col)
        case UInt8(ascii: "8"):
            (row, col) = saved
            pendingWrap = false
        case UInt8(ascii: "D"): lineFeed()
        case UInt8(ascii: "E"):
            col = 0
            lineFeed()
        case UInt8(ascii: "M"): reverseIndex()
        case UInt8(ascii: "c"): self = ScreenModel(rows: rows, columns: columns)
        default: break
        }
    }

    private mutating func csi(_ body: [UInt8], final: UInt8) {
        let isPrivate =
            body.first.map { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "=") } ?? false
        let text = String(decoding: isPrivate ? Array(body.dropFirst()) : body, as: UTF8.self)
        let parameters = text.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        func parameter(_ index: Int, default value: Int) -> Int {
            index < parameters.count && parameters[index] != 0 ? parameters[index] : value
        }
        let count = parameter(0, default: 1)
        if isPrivate {
            // ?1049h / ?47h: the alternate screen starts blank.
            if final == UInt8(ascii: "h"), parameters.contains(1049) || parameters.contains(47) { eraseDisplay(2) }
            return
        }
        pendingWrap = false
        switch final {
        case UInt8(ascii: "H"), UInt8(ascii: "f"):
            row = clampRow(parameter(0, default: 1) - 1)
            col = clampCol(parameter(1, default: 1) - 1)
        case UInt8(ascii: "A"): row = max(row - count, 0)
        case UInt8(ascii: "B"): row = min(row + count, rows - 1)
        case UInt8(ascii: "C"): col = min(col + count, columns - 1)
        case UInt8(ascii: "D"): col = max(col - count, 0)
        case UInt8(ascii: "E"):
            row = min(row + count, rows - 1)
            col = 0
        case UInt8(ascii: "F"):
            row = max(row - count, 0)
            col = 0
        case UInt8(ascii: "G"), UInt8(ascii: "`"): col = clampCol(count - 1)
        case UInt8(ascii: "d"): row = clampRow(count - 1)
        case UInt8(ascii: "J"): eraseDisplay(parameters.first ?? 0)
        case UInt8(ascii: "K"): eraseLine(parameters.first ?? 0)
        case UInt8(ascii: "X"):
            for index in col..<min(col + count, columns) { cells[row][index] = " " }
        case UInt8(ascii: "@"):
            cells[row].insert(contentsOf: Array(repeating: " ", count: min(count, columns - col)), at: col)
            cells[row].removeLast(min(count, columns - col))
        case UInt8(ascii: "P"):
            let removed = min(count, columns - col)
            cells[row].removeSubrange(col..<(col + removed))
            cells[row].append(contentsOf: Array(repeating: " ", count: removed))
        case UInt8(ascii: "L"):
            guard row >= scrollTop, row <= scrollBottom else { return }
            for _ in 0..<min(count, scrollBottom - row + 1) { scroll(down: true, from: row) }
        case UInt8(ascii: "M"):
            guard row >= scrollTop, row <= scrollBottom else { return }
            for _ in 0..<min(count, scrollBottom - row + 1) { scroll(down: false, from: row) }
        case UInt8(ascii: "S"):
            for _ in 0..<count { scroll(down: false, from: scrollTop) }
        case UInt8(ascii: "T"):
            for _ in 0..<count { scroll(down: true, from: scrollTop) }
        case UInt8(ascii: "r"):
            scrollTop = clampRow(parameter(0, default: 1) - 1)
            scrollBottom = clampRow(parameter(1, default: rows) - 1)
            row = 0
            col = 0
        case UInt8(ascii: "b"):
            if let last = lastPrinted {
                for _ in 0..<min(count, columns * rows) { put(last, width: max(DisplayWidth.of(last), 1)) }
            }
        case UInt8(ascii: "s"): saved = (row, col)
        case UInt8(ascii: "u"): (row, col) = saved
        default:
            break  // SGR (m), modes (h/l), reports and the rest do not change the text
        }
    }

    // MARK: Screen operations

    private mutating func put(_ text: String, width: Int) {
        if pendingWrap {
            col = 0
            lineFeed()
            pendingWrap = false
        }
        if width == 2, col == columns - 1 {
            cells[row][col] = " "
            col = 0
            lineFeed()
        }
        clearWide(at: col)
        cells[row][col] = text
        if width == 2, col + 1 < columns {
            clearWide(at: col + 1)
            cells[row][col + 1] = ""
        }
        lastPrinted = text
        if col + width >= columns {
            col = columns - 1
            pendingWrap = true
        } else {
            col += width
        }
    }

    /// Overwriting half of a wide character blanks its other half.
    private mutating func clearWide(at index: Int) {
        if cells[row][index].isEmpty, index > 0 {
            cells[row][index - 1] = " "
        } else if index + 1 < columns, cells[row][index + 1].isEmpty {
            cells[row][index + 1] = " "
        }
    }

    private mutating func appendCombining(_ scalar: Unicode.Scalar) {
        var index = col - 1
        var line = row
        if index < 0 {
            line -= 1
            index = columns - 1
        }
        while index > 0, cells[line][index].isEmpty { index -= 1 }
        cells[line][index].unicodeScalars.append(scalar)
    }

    private mutating func lineFeed() {
        if row == scrollBottom {
            scroll(down: false, from: scrollTop)
        } else if row < rows - 1 {
            row += 1
        }
    }

    private mutating func reverseIndex() {
        if row == scrollTop {
            scroll(down: true, from: scrollTop)
        } else if row > 0 {
            row -= 1
        }
    }

    /// Moves the rows from `from` to the bottom of the scroll region one row down (a blank row
    /// appears at `from`) or up (a blank row appears at the bottom).
    private mutating func scroll(down: Bool, from: Int) {
        guard from >= scrollTop, from <= scrollBottom else { return }
        let blank = Array(repeating: " ", count: columns)
        if down {
            cells.remove(at: scrollBottom)
            cells.insert(blank, at: from)
        } else {
            cells.remove(at: from)
            cells.insert(blank, at: scrollBottom)
        }
    }

    private mutating func eraseDisplay(_ mode: Int) {
        let blank = Array(repeating: " ", count: columns)
        switch mode {
        case 0:
            eraseLine(0)
            for line in (row + 1)..<rows { cells[line] = blank }
        case 1:
            eraseLine(1)
            for line in 0..<row { cells[line] = blank }
        default:
            cells = Array(repeating: blank, count: rows)
        }
    }

    private mutating func eraseLine(_ mode: Int) {
        switch mode {
        case 0: for index in col..<columns { cells[row][index] = " " }
        case 1: for index in 0...min(col, columns - 1) { cells[row][index] = " " }
        default: cells[row] = Array(repeating: " ", count: columns)
        }
    }

    private func clampRow(_ value: Int) -> Int { min(max(value, 0), rows - 1) }
    private func clampCol(_ value: Int) -> Int { min(max(value, 0), columns - 1) }
}
