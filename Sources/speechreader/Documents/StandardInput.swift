import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Standard input as the document: `-` as FILE, or no FILE while stdin is a pipe or a file
/// (`cat x.txt | speechreader outline`), as `less` does. A terminal or /dev/null on stdin means
/// no document there: the bundled speech is read instead.
enum StandardInput {
    /// What messages call standard input.
    static let displayName = "<stdin>"

    /// Whether the document comes from standard input for the FILE argument `file`.
    static func isSource(file: String?) -> Bool {
        if file == "-" { return true }
        guard file == nil else { return false }
        var info = stat()
        guard fstat(STDIN_FILENO, &info) == 0 else { return false }
        let kind = info.st_mode & S_IFMT
        return kind == S_IFIFO || kind == S_IFSOCK || kind == S_IFREG
    }

    /// All of standard input, at most `FileReader.maximumSize` bytes.
    static func readAll() throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno)).lowercased()
                throw CLIError.cannotOpen(path: displayName, reason: "read failed (\(reason))")
            }
            bytes += chunk[..<count]
            guard bytes.count <= FileReader.maximumSize else {
                throw CLIError.cannotOpen(path: displayName, reason: "larger than 1 GiB")
            }
        }
    }

    /// Once the document has been read from a piped stdin, the interactive reader takes its keys
    /// from the controlling terminal, as `less` does: /dev/tty becomes standard input.
    static func attachTerminal() throws {
        guard isatty(STDIN_FILENO) == 0 else { return }
        let terminal = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard terminal >= 0 else {
            throw CLIError.cannotOpen(
                path: "/dev/tty", reason: "the document came from standard input and there is no terminal for keys")
        }
        defer { close(terminal) }
        guard dup2(terminal, STDIN_FILENO) == STDIN_FILENO else {
            throw CLIError.cannotOpen(path: "/dev/tty", reason: String(cString: strerror(errno)).lowercased())
        }
    }
}
