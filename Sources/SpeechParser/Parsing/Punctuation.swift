/// Character classes the parser recognises, with half-width and full-width forms treated alike.
enum Punctuation {
    /// Spaces that may indent a line: ASCII space, tab, U+3000, and no-break space.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x3000, 0xA0: return true
        default: return false
        }
    }

    /// Sentence ends after which a marker may start mid-line: 。！？；： and their half-width
    /// forms (not `.`, which is a decimal point far more often than a sentence end).
    static func opensMarkerPosition(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A, 0x21, 0x3F, 0x3B, 0x3A: return true
        default: return false
        }
    }

    /// Ends a heading title: 。！？； and half-width !?;.
    static func endsHeadingTitle(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B: return true
        default: return false
        }
    }

    /// Ends a requirement title: 。； and half-width ; (a requirement may exclaim or ask mid-item).
    static func endsRequirementTitle(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3002, 0xFF1B, 0x3B: return true
        default: return false
        }
    }

    /// Ends a sentence: 。！？； and half-width !?; (…… is handled as a pair by the splitter).
    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        endsHeadingTitle(scalar)
    }

    /// Closing quotes and brackets that stay with the sentence they end.
    static func isClosingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x3011, 0x300B, 0x3009, 0x22, 0x27: return true
        default: return false
        }
    }

    static func isOpenParen(_ scalar: Unicode.Scalar) -> Bool { scalar == "(" || scalar == "（" }
    static func isCloseParen(_ scalar: Unicode.Scalar) -> Bool { scalar == ")" || scalar == "）" }
    static func isComma(_ scalar: Unicode.Scalar) -> Bool { scalar == "," || scalar == "，" }
    static func isEnumerationComma(_ scalar: Unicode.Scalar) -> Bool { scalar == "、" }

    /// A heading's dot after Arabic digits: `.`, `．`, or `、`.
    static func isNumberDot(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "．" || scalar == "、" }

    /// The value of an ASCII or full-width digit.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
}
