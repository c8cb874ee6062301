import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes to stdout; a closed pipe (`| head`) ends the program quietly.
enum StandardOutput {
    /// Writes `text`'s UTF-8 as it is stored (no intermediate copy), retrying short writes.
    static func write(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard var next = bytes.baseAddress else { return }
            var left = bytes.count
            while left > 0 {
                #if canImport(Glibc)
                    let written = Glibc.write(STDOUT_FILENO, next, left)
                #else
                    let written = Darwin.write(STDOUT_FILENO, next, left)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    return  // EPIPE and the like: the reader is gone
                }
                next += written
                left -= written
            }
        }
    }
}
