/// CJK line breaking with the clreq "basic" prohibition rules (kinsoku), measured in columns.
///
/// The unit is the grapheme cluster (`Character`), so a combining mark or an emoji sequence is
/// never split; columns come from `DisplayWidth`. A break between two characters is **permitted**
/// unless one of these rules forbids it:
/// - a closing mark never starts a line: `，。、；：？！）」』”’》〉】〕］｝〙〗〟｠．` and `,.;:?!)]}`;
/// - an opening mark never ends a line: `（「『“‘《〈【〔［｛〘〖〝｟` and `([{`;
/// - `——`, `――`, `……` and `⋯⋯` are never split (no break between two equal dash or ellipsis
///   characters, so a longer run of them is kept whole too while it fits);
/// - a Latin/digit run stays whole: no break between two letters or digits of a space-separated
///   script (narrow letters and digits, and the fullwidth forms `０-９ Ａ-Ｚ ａ-ｚ`), around a
///   connector `. , & - _ ' / : @ #` that has a letter or digit on both sides (`3.5`, `R&D`,
///   `1,000`, `10:30`), nor before a unit `% ％ ‰ ‱ ℃ ℉ °` that follows one (`50%`, `3.5℃`).
///   `2025年` is not a run: a break before `年` is permitted.
///
/// Spaces are kept in the lines (the lines concatenate back to the input exactly) and count
/// towards the width, so a line never exceeds the width; a space that does not fit starts the
/// next line, and trimming is left to the renderer.
///
/// When the next character does not fit, the line ends at the last permitted break, pushing the
/// characters after it to the next line (for a closing mark at the limit this pushes out the one
/// character before it). If the line has no permitted break at all (a run of closing marks, a
/// Latin run wider than the width), the line is broken anyway at the width: that is the only way a
/// line can start with a closing mark, end with an opening mark or split a run. A character wider
/// than the width (a wide character at width 1, an emoji sequence) is put alone on its line, the
/// only case in which a line is wider than the width; a width below 1 behaves as width 0, one
/// character per line.
public enum LineBreaker {
    /// The end of the line that starts at `start` in `text` for `width` columns (start..<end is the
    /// line; end > start unless start == text.endIndex).
    ///
    /// It reads one character before `start`, the characters that fit in `width` columns and two
    /// after them, nothing else: the cost is proportional to the line, not the paragraph, so a
    /// layout can wrap lazily from any line start of a 20 MB single-line paragraph. `start` must
    /// be a character boundary of `text`; an index before `text` is clamped into it.
    public static func lineEnd(in text: Substring, from start: String.Index, width: Int)
        -> String.Index
    {
        lineBreak(in: text, from: start, width: width).end
    }

    /// `lineEnd`, and where the scan stopped: the first character that did not fit (the text's
    /// end if all did). A caller that checks the row's characters for something else can then
    /// look at exactly the characters this function read.
    static func lineBreak(in text: Substring, from start: String.Index, width: Int)
        -> (end: String.Index, stop: String.Index)
    {
        let end = text.endIndex
        let start = max(start, text.startIndex)
        guard start < end else {
            return (end, end)
        }
        var index = start
        var used = 0
        var lastPermitted: String.Index?
        var beforePrevious = BreakClass.none
        // One character of look-behind: after a break forced inside a run (`Ａ|/д`), the rest
        // of the run must still not be split (`/|д`), and only the character before says so.
        var previous = start > text.startIndex ? BreakClass(text[text.index(before: start)]) : .none
        while index < end {
            let step = CharacterStep(at: index, in: text)
            let columns = step.columns
            let current = BreakClass(first: step.first)
            let next = step.next
            if index > start {
                // The class of the character at `next` is that of its first code point.
                let permitted = isBreakPermitted(
                    beforePrevious: beforePrevious, previous: previous, current: current,
                    following: { next < end ? BreakClass(first: text.unicodeScalars[next]) : .none })
                if used + columns > width {
                    return (permitted ? index : (lastPermitted ?? index), index)
                }
                if permitted {
                    lastPermitted = index
                }
            }
            used += columns
            beforePrevious = previous
            previous = current
            index = next
        }
        return (end, end)
    }

    /// All lines of a paragraph (no newlines inside); the ranges are contiguous and cover the
    /// whole text. An empty paragraph has no lines.
    public static func wrap(_ text: Substring, width: Int) -> [Range<String.Index>] {
        var lines: [Range<String.Index>] = []
        var start = text.startIndex
        while start < text.endIndex {
            var end = lineEnd(in: text, from: start, width: width)
            if end <= start {
                // Cannot happen for a character-aligned start; guarantees progress regardless.
                end = text.index(after: start)
            }
            lines.append(start..<end)
            start = end
        }
        return lines
    }

    /// Whether a line may end between `previous` and `current`. `following` (the character after
    /// `current`) is only needed to tell a connector inside a run (`3.5`) from punctuation.
    private static func isBreakPermitted(
        beforePrevious: BreakClass, previous: BreakClass, current: BreakClass,
        following: () -> BreakClass
    ) -> Bool {
        if current.isClosing || previous.isOpening {
            return false
        }
        if previous.inseparableScalar != 0, previous.inseparableScalar == current.inseparableScalar {
            return false
        }
        if previous.isWord {
            // Inside a run: letter-letter, number-unit, or a connector with a word after it.
            return
                !(current.isWord || current.isUnit || (current.isConnector && following().isWord))
        }
        // After a connector that follows a word: `3.|5`, `R&|D`.
        return !(previous.isConnector && beforePrevious.isWord && current.isWord)
    }
}

/// What the break rules need to know about one character, decided by its first scalar (the base
/// of a grapheme cluster: `（` with a combining mark is still an opening bracket).
private struct BreakClass {
    /// Never starts a line.
    var isClosing = false
    /// Never ends a line.
    var isOpening = false
    /// A letter or digit of a space-separated script.
    var isWord = false
    /// Joins two word characters into one run (`3.5`, `R&D`).
    var isConnector = false
    /// A unit that stays with the number before it (`50%`).
    var isUnit = false
    /// For a dash or ellipsis that is never separated from an equal neighbour, its scalar value;
    /// 0 for every other character.
    var inseparableScalar: UInt32 = 0

    static let none = BreakClass()

    private init() {}

    /// Classifies a character by its first scalar.
    init(_ character: Character) {
        if let scalar = character.unicodeScalars.first {
            self.init(first: scalar)
        } else {
            self.init()
        }
    }

    /// Classifies a character whose first scalar is `scalar`.
    init(first scalar: Unicode.Scalar) {
        self.init()
        let value = scalar.value
        // Han ideographs are most of the text and have no rule of their own.
        if value >= 0x4E00 && value <= 0x9FFF {
            return
        }
        classifyPunctuation(scalar)
        if value == 0x2014 || value == 0x2015 || value == 0x2026 || value == 0x22EF {
            inseparableScalar = value
        }
        isWord = BreakClass.isWordScalar(scalar)
    }

    /// Sets the punctuation rules of one scalar (closing, opening, connector, unit).
    private mutating func classifyPunctuation(_ scalar: Unicode.Scalar) {
        switch scalar {
        case ".", ",", ":":
            isClosing = true
            isConnector = true
        case ";", "?", "!", ")", "]", "}", "，", "。", "、", "；", "：", "？", "！", "）", "」", "』",
            "”", "’", "》", "〉", "】", "〕", "］", "｝", "〙", "〗", "〟", "｠", "．":
            isClosing = true
        case "(", "[", "{", "（", "「", "『", "“", "‘", "《", "〈", "【", "〔", "［", "｛", "〘", "〖", "〝",
            "｟":
            isOpening = true
        case "&", "-", "_", "'", "/", "@", "#":
            isConnector = true
        case "%", "％", "‰", "‱", "℃", "℉", "°":
            isUnit = true
        default:
            break
        }
    }

    /// A letter or digit of a script that separates words with spaces: narrow letters and digits,
    /// and the fullwidth Latin letters and digits. Han, kana and Hangul are wide and excluded.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A)
        }
        if (value >= 0xFF10 && value <= 0xFF19) || (value >= 0xFF21 && value <= 0xFF3A)
            || (value >= 0xFF41 && value <= 0xFF5A)
        {
            return true
        }
        let properties = scalar.properties
        let isAlphanumeric = properties.isAlphabetic || properties.numericType == .decimal
        return isAlphanumeric && DisplayWidth.of(scalar) == 1
    }
}
