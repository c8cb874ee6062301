import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reads a document file, refusing what is not a regular file: a directory, a FIFO or a device
/// such as `/dev/zero` would otherwise hang or exhaust memory.
enum FileReader {
    /// Files larger than this are refused rather than read into memory.
    static let maximumSize = 1 << 30

    static func readRegularFile(_ path: String) throws -> [UInt8] {
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
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CLIError.cannotOpen(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw CLIError.cannotOpen(path: path, reason: "read failed (\(error.localizedDescription))")
        }
    }
}
