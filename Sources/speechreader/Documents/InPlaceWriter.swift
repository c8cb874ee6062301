import Foundation
import SpeechParser

#if canImport(Glibc)
    import Glibc
#endif

/// Replaces a file's contents atomically: the new bytes go to a temporary file in the same
/// directory, which takes the original's permissions and is renamed over it, so a reader of
/// the path sees either the old text or the new one, never half of it.
enum InPlaceWriter {
    /// `text` in the file's original encoding. UTF-8 keeps a byte-order mark if it had one;
    /// UTF-16 is written back with its mark and byte order (decoding it lost nothing, so this is
    /// faithful). GB18030 is refused rather than trusted to a round trip through iconv.
    static func encode(_ text: String, as encoding: TextEncoding, path: String) throws -> [UInt8] {
        switch encoding {
        case .utf8: return Array(text.utf8)
        case .utf8WithBOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .utf16LittleEndian, .utf16BigEndian:
            let bigEndian = encoding == .utf16BigEndian
            var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
            bytes.reserveCapacity(2 + text.utf16.count * 2)
            for unit in text.utf16 {
                let high = UInt8(unit >> 8)
                let low = UInt8(unit & 0xFF)
                bytes += bigEndian ? [high, low] : [low, high]
            }
            return bytes
        case .gb18030:
            throw CLIError.invalidArgument(
                "\(path) is GB18030: --in-place rewrites only UTF-8 and UTF-16 files; "
                    + "redirect the fixed UTF-8 text instead (speechreader fix FILE > NEW)")
        }
    }

    /// Writes `bytes` over the file at `path` (through a symbolic link, to the file it names).
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        guard let resolved = realpath(path, nil) else { throw failure(path) }
        let target = String(cString: resolved)
        free(resolved)
        var original = stat()
        guard stat(target, &original) == 0 else { throw failure(path) }
        let directory = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var template = Array((directory + "/." + name + ".speechreader-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else { throw failure(path) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do {
            defer { close(descriptor) }
            guard writeAll(bytes, to: descriptor) else { throw failure(path) }
            // The original's permissions (mkstemp made it 0600) and, where allowed, its owner.
            guard fchmod(descriptor, original.st_mode & 0o7777) == 0 else { throw failure(path) }
            _ = fchown(descriptor, original.st_uid, original.st_gid)
            guard fsync(descriptor) == 0 else { throw failure(path) }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, target) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
        syncDirectory(directory)
    }

    /// Writes all of `bytes` to `descriptor`; false on an error (`errno` says which).
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard var next = buffer.baseAddress else { return true }
            var left = buffer.count
            while left > 0 {
                let written = write(descriptor, next, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                next += written
                left -= written
            }
            return true
        }
    }

    /// The rename is durable once the directory is synced; failing that is not worth an error.
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    private static func failure(_ path: String) -> CLIError {
        let reason = String(cString: strerror(errno)).lowercased()
        return CLIError.cannotOpen(path: path, reason: "cannot write the fixed text (\(reason))")
    }
}
