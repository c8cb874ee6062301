import Foundation
import SpeechParser

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a document file, refusing what is not a regular file: a directory, a FIFO or a device
/// such as `/dev/zero` would otherwise hang or exhaust memory.
enum FileReader {
    /// Files larger than this are refused rather than read into memory.
    static let maximumSize = 1 << 30

    /// The whole file.
    static func readRegularFile(_ path: String) throws -> [UInt8] {
        let file = try openChecked(path)
        defer { close(file.descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: max(file.size, 4_096) + 1)
        while true {
            let count = try chunk.withUnsafeMutableBufferPointer { try read(file, into: $0, at: bytes.count) }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
            guard bytes.count <= maximumSize else {
                throw CLIError.cannotOpen(path: path, reason: "larger than 1 GiB")
            }
        }
    }

    /// Reads the file and decodes it with `SpeechDecoder`, reading the bytes straight into the
    /// decoded text's storage (one copy for UTF-8, the common case).
    static func readDocument(_ path: String) throws -> SpeechDecoder.Result {
        let file = try openChecked(path)
        defer { close(file.descriptor) }
        // An empty size (files in /proc) or a file that grew since stat: read it as it comes.
        var grew = false
        let result = try SpeechDecoder.decode(byteCount: file.size) { buffer in
            let count = try read(file, into: buffer, at: 0)
            var probe: UInt8 = 0
            if count == buffer.count,
                try withUnsafeMutablePointer(
                    to: &probe,
                    {
                        try read(file, into: UnsafeMutableBufferPointer(start: $0, count: 1), at: count)
                    }) > 0
            {
                grew = true
            }
            return count
        }
        guard file.size == 0 || grew else { return result }
        return try SpeechDecoder.decode(readRegularFile(path))
    }

    /// An open regular file and its size when opened.
    struct OpenFile {
        let path: String
        let descriptor: Int32
        let size: Int
    }

    /// Opens `path` for reading after checking that it is a regular file of at most 1 GiB.
    static func openChecked(_ path: String) throws -> OpenFile {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw CLIError.cannotOpen(path: path, reason: String(cString: strerror(errno)).lowercased())
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw CLIError.cannotOpen(path: path, reason: "it is a directory")
        default: throw CLIError.cannotOpen(path: path, reason: "not a regular file (a device, FIFO or socket)")
        }
        guard Int(info.st_size) <= maximumSize else {
            throw CLIError.cannotOpen(path: path, reason: "larger than 1 GiB")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CLIError.cannotOpen(path: path, reason: "permission denied")
        }
        return OpenFile(path: path, descriptor: descriptor, size: Int(info.st_size))
    }

    /// Fills `buffer` from `offset` on, stopping early only at the end of the file; the count read.
    static func read(_ file: OpenFile, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) throws
        -> Int
    {
        guard let base = buffer.baseAddress else { return 0 }
        var done = 0
        while done < buffer.count {
            let count = pread(file.descriptor, base + done, buffer.count - done, off_t(offset + done))
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno)).lowercased()
                throw CLIError.cannotOpen(path: file.path, reason: "read failed (\(reason))")
            }
            done += count
        }
        return done
    }
}
