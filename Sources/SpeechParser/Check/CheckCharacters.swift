/// Character classes the check rules share.
enum CheckCharacters {
    /// A Han ideograph (CJK Unified Ideographs and extensions, compatibility ideographs, 〇).
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF, 0x3007: return true
        default: return false
        }
    }

    /// Chinese punctuation: the CJK symbols block (、。〈〉《》「」『』【】〔〕…), full-width forms that
    /// are punctuation (，：；！？（）．), curly quotes, the dash and the ellipsis.
    static func isChinesePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3001...0x303F, 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2026, 0x00B7: return true
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return true
        default: return false
        }
    }

    /// Han or Chinese punctuation: what makes the text around a mark Chinese.
    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        isHan(scalar) || isChinesePunctuation(scalar)
    }

    /// A full-width digit or Latin letter (GB/T 15835 wants these half-width).
    static func isFullWidthAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        default: return false
        }
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// The half-width form of a full-width ASCII character (U+FF01…U+FF5E), else the scalar.
    static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard (0xFF01...0xFF5E).contains(scalar.value), let half = Unicode.Scalar(scalar.value - 0xFEE0) else {
            return scalar
        }
        return half
    }

    /// The full-width form of a printable ASCII character, else the scalar.
    static func fullWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard (0x21...0x7E).contains(scalar.value), let full = Unicode.Scalar(scalar.value + 0xFEE0) else {
            return scalar
        }
        return full
    }

    /// Closing quotes and brackets of both widths: skipped when looking left for the text a
    /// mark follows (`“政绩”,` follows 绩).
    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ")", "）", "”", "’", "》", "」", "』", "】", "〕", "〉", "\"", "'": return true
        default: return false
        }
    }

    /// Opening quotes and brackets of both widths: skipped when looking right.
    static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "（", "“", "‘", "《", "「", "『", "【", "〔", "〈": return true
        default: return false
        }
    }
}
