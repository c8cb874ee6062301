import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs poppler's `pdftotext -enc UTF-8 FILE -` and returns what it prints: the one place this
/// package starts a process. `posix_spawnp` rather than `Foundation.Process`, whose
/// `waitUntilExit` was seen to hang when several threads spawn at once.
public enum PDFTextTool {
    /// A PDF that takes longer than this to convert is given up on (a hostile file can loop).
    static let timeLimit: TimeInterval = 120

    /// The text of the PDF in `bytes` (pages separated by form feeds).
    public static func text(ofPDF bytes: [UInt8]) throws -> String {
        let directory = FileManager.default.temporaryDirectory
        let file = directory.appendingPathComponent("speechreader-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).pdf")
        guard
            FileManager.default.createFile(
                atPath: file.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
        else { throw DocumentImportError.pdfFailed(detail: "cannot write a temporary copy") }
        defer { try? FileManager.default.removeItem(at: file) }
        let (status, output, errors) = try run(["pdftotext", "-q", "-enc", "UTF-8", file.path, "-"])
        guard status == 0 else {
            let detail = String(decoding: errors, as: UTF8.self).split(separator: "\n").first.map(String.init)
            throw DocumentImportError.pdfFailed(detail: detail ?? "pdftotext exited with status \(status)")
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Runs `arguments` (the first found on `PATH`) with stdin from /dev/null; status, stdout, stderr.
    private static func run(_ arguments: [String]) throws -> (Int32, [UInt8], [UInt8]) {
        var outputPipe: [Int32] = [-1, -1]
        var errorPipe: [Int32] = [-1, -1]
        guard pipe(&outputPipe) == 0, pipe(&errorPipe) == 0 else {
            throw DocumentImportError.pdfFailed(detail: "cannot create a pipe")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        for descriptor in outputPipe + errorPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        close(outputPipe[1])
        close(errorPipe[1])
        defer {
            close(outputPipe[0])
            close(errorPipe[0])
        }
        guard spawned == 0 else {
            if spawned == ENOENT { throw DocumentImportError.pdfToolMissing }
            throw DocumentImportError.pdfFailed(detail: String(cString: strerror(spawned)))
        }
        let (output, errors, finished) = drain(outputPipe[0], errorPipe[0])
        if !finished { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard finished else { throw DocumentImportError.pdfFailed(detail: "gave up after \(Int(timeLimit)) s") }
        // WIFEXITED / WEXITSTATUS are macros Swift does not import.
        let signal = status & 0x7F
        return (signal == 0 ? (status >> 8) & 0xFF : 128 + signal, output, errors)
    }

    /// Reads both pipes to their ends together; false when the time limit ran out first.
    private static func drain(_ first: Int32, _ second: Int32) -> ([UInt8], [UInt8], Bool) {
        var buffers: [[UInt8]] = [[], []]
        var descriptors = [
            pollfd(fd: first, events: Int16(POLLIN), revents: 0), pollfd(fd: second, events: Int16(POLLIN), revents: 0)
        ]
        var chunk = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(timeLimit)
        while descriptors.contains(where: { $0.fd >= 0 }) {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return (buffers[0], buffers[1], false) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(min(remaining, 1) * 1000))
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for index in descriptors.indices where descriptors[index].fd >= 0 && descriptors[index].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(descriptors[index].fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    buffers[index].append(contentsOf: chunk[0..<count])
                } else if count == 0 || errno != EINTR {
                    descriptors[index].fd = -1
                }
            }
        }
        return (buffers[0], buffers[1], true)
    }
}
