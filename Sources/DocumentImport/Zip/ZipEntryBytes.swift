/// Where one entry's stored bytes lie in a ZIP archive, read from the archive's own directory.
///
/// Why: ZIPFoundation inflates an entry by reading on until the deflate stream ends, past the
/// entry and up to the end of the file, and at the end of the file it reads nothing, forever
/// (found by the ImportFormats fuzz target: a .docx whose stream never ended hung the reader).
/// Knowing the entry's own bytes, a compressed entry is inflated from exactly those
/// (`ZipInflater`), and a stream that does not end within them is a damaged file.
struct ZipEntryBytes {
    /// The entry's stored (compressed) bytes in the archive.
    let range: Range<Int>
    /// 0 stored, 8 deflated (others are refused by the caller).
    let method: Int
    /// The CRC-32 of the inflated bytes, as the directory gives it.
    let checksum: UInt32
    /// The inflated size, as the directory gives it.
    let uncompressedSize: Int

    /// The entry at `path` in `bytes`, or nil when the directory does not name it. Throws
    /// `.damaged` when the directory or the entry's header points outside the archive, or uses
    /// ZIP64 sizes (no document needs them below the import cap).
    static func find(_ path: String, in bytes: [UInt8], format: DocumentFormat) throws -> ZipEntryBytes? {
        let damaged = DocumentImportError.damaged(format: format, detail: "the entry \(path) lies outside the archive")
        func u16(_ at: Int) throws -> Int {
            guard at >= 0, at + 2 <= bytes.count else { throw damaged }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8
        }
        func u32(_ at: Int) throws -> Int {
            guard at >= 0, at + 4 <= bytes.count else { throw damaged }
            return try u16(at) | u16(at + 2) << 16
        }
        // The end-of-directory record: the last one within the comment's reach of the end.
        let earliest = max(0, bytes.count - 22 - 0xFFFF)
        var end = bytes.count - 22
        while end >= earliest, try end < 0 || u32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= earliest else { throw damaged }
        let entries = try u16(end + 10)
        var record = try u32(end + 16)
        let name = Array(path.utf8)
        for _ in 0..<entries {
            guard try u32(record) == 0x0201_4B50 else { throw damaged }
            let nameLength = try u16(record + 28)
            let extraLength = try u16(record + 30)
            let commentLength = try u16(record + 32)
            let nameStart = record + 46
            guard nameStart + nameLength <= bytes.count else { throw damaged }
            if bytes[nameStart..<(nameStart + nameLength)].elementsEqual(name) {
                let compressed = try u32(record + 20)
                let uncompressed = try u32(record + 24)
                let header = try u32(record + 42)
                guard compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, header != 0xFFFF_FFFF,
                    try u32(header) == 0x0403_4B50
                else { throw damaged }
                let start = header + 30 + (try u16(header + 26)) + (try u16(header + 28))
                guard start + compressed <= bytes.count else { throw damaged }
                return ZipEntryBytes(
                    range: start..<(start + compressed), method: try u16(record + 10),
                    checksum: UInt32(try u32(record + 16)), uncompressedSize: uncompressed)
            }
            record = nameStart + nameLength + extraLength + commentLength
        }
        return nil
    }
}
