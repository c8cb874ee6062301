// zlib through the module map ZIPFoundation declares for it on Linux.
import CZlib

/// Inflates a deflated ZIP entry from exactly its own bytes: the stream must end within them,
/// and what it gives may not pass `cap`.
enum ZipInflater {
    /// The inflated bytes of `compressed` (raw deflate). Throws `tooLarge` past `cap`, and
    /// `damaged` when the stream is corrupt or does not end within `compressed`.
    static func inflate(
        _ compressed: ArraySlice<UInt8>, cap: Int, limit: Int, damaged: DocumentImportError
    ) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw damaged
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let ended = try compressed.withUnsafeBufferPointer { source -> Bool in
            // zlib reads its input only; the pointer type is mutable in its C declaration.
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = UInt32(source.count)
            while true {
                let (result, produced) = buffer.withUnsafeMutableBufferPointer { target -> (Int32, Int) in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    let result = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return (result, target.count - Int(stream.avail_out))
                }
                guard output.count + produced <= cap else { throw DocumentImportError.tooLarge(limit: limit) }
                output.append(contentsOf: buffer[0..<produced])
                switch result {
                case Z_STREAM_END: return true
                case Z_OK where produced > 0 || stream.avail_in > 0: continue
                default: return false  // an error, or no input left before the stream's end
                }
            }
        }
        guard ended else { throw damaged }
        return output
    }

    /// The CRC-32 of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
    }
}
