/// Strict GB18030 decoding of its own, so that decoding does not depend on which converters the
/// platform's Foundation carries (a statically linked Foundation has none for GB18030): any
/// sequence that is not GB18030, including a truncated multibyte run at the end, makes the whole
/// decode fail.
///
/// GB18030's structure: one byte 00–7F (ASCII); two bytes 81–FE then 40–7E or 80–FE (a table,
/// `GB18030Table.twoByteCharacters`); four bytes 81–FE, 30–39, 81–FE, 30–39, whose linear index
/// maps to the rest of the Basic Multilingual Plane by runs (`GB18030Table.fourByteRuns`) and, from
/// 90 30 81 30, to U+10000 onwards in order.
enum GB18030Decoder {
    /// The two-byte table as code points, 190 per lead byte.
    static let twoByte: [UInt32] = GB18030Table.twoByteCharacters.unicodeScalars.compactMap {
        $0 == "\n" ? nil : $0.value
    }

    /// Linear index of the first four-byte code beyond the Basic Multilingual Plane (90 30 81 30).
    static let supplementaryStart: UInt32 = 189_000
    /// Number of four-byte codes that map into the Basic Multilingual Plane.
    static let bmpFourByteCount: UInt32 = 39_420

    /// The decoded text, or nil when the bytes are not valid GB18030.
    static func decode(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                scalars.append(Unicode.Scalar(lead))
                index += 1
                continue
            }
            guard lead >= 0x81, lead <= 0xFE, index + 1 < count else { return nil }
            let second = bytes[index + 1]
            if let trail = trailIndex(second) {
                guard let scalar = Unicode.Scalar(twoByte[Int(lead - 0x81) * 190 + trail]) else { return nil }
                scalars.append(scalar)
                index += 2
                continue
            }
            guard (0x30...0x39).contains(second), index + 3 < count,
                (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3]),
                let scalar = fourByte(lead, second, bytes[index + 2], bytes[index + 3])
            else { return nil }
            scalars.append(scalar)
            index += 4
        }
        return String(scalars)
    }

    /// The position of a two-byte code's second byte among the 190 trail bytes, or nil.
    private static func trailIndex(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x40...0x7E: return Int(byte - 0x40)
        case 0x80...0xFE: return Int(byte - 0x80) + 63
        default: return nil
        }
    }

    /// The character of a well-formed four-byte code, or nil for codes GB18030 leaves unassigned.
    private static func fourByte(_ b1: UInt8, _ b2: UInt8, _ b3: UInt8, _ b4: UInt8) -> Unicode.Scalar? {
        let linear =
            UInt32(b1 - 0x81) * 12_600 + UInt32(b2 - 0x30) * 1_260 + UInt32(b3 - 0x81) * 10 + UInt32(b4 - 0x30)
        if linear >= supplementaryStart {
            return Unicode.Scalar(0x10000 + linear - supplementaryStart).flatMap { $0.value <= 0x10FFFF ? $0 : nil }
        }
        guard linear < bmpFourByteCount else { return nil }
        // The last run starting at or before `linear`.
        let runs = GB18030Table.fourByteRuns
        var low = 0
        var high = runs.count / 2
        while high - low > 1 {
            let middle = (low + high) / 2
            if runs[middle * 2] <= linear { low = middle } else { high = middle }
        }
        return Unicode.Scalar(runs[low * 2 + 1] + (linear - runs[low * 2]))
    }
}
