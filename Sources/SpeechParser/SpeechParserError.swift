/// Everything that can go wrong while turning bytes into a `Document`.
///
/// Messages are written for the person who handed us the file: they say what is wrong and,
/// where it helps, where in the file.
public enum SpeechParserError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not UTF-8, UTF-16 with a byte-order mark, or GB18030.
    case undecodable(detail: String)
    /// The bytes decode, but mostly to control characters: a binary file, not a text.
    case binary(detail: String)
    /// The text is 4 GiB or more: offsets are kept as 32-bit numbers (`OffsetRanges`).
    case tooLarge(bytes: Int)

    public var description: String {
        switch self {
        case .undecodable(let detail):
            return "not a text file in UTF-8, UTF-16 (with BOM) or GB18030: \(detail)"
        case .binary(let detail):
            return "looks like a binary file, not a text: \(detail)"
        case .tooLarge(let bytes):
            return "too large to open: \(bytes >> 20) MiB of text (the limit is 4 GiB)"
        }
    }
}
