import Foundation
import ReaderSession

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the user's editor (`$VISUAL`, else `$EDITOR`, else `vi`) on a note's text.
///
/// The text goes to `note.txt` (mode 0600) in a fresh private directory (0700) under the
/// temporary directory; the editor runs through `/bin/sh -c` so that `EDITOR="code --wait"`
/// works, with the file name passed as an argument (never spliced into the command). The file is
/// read back and removed whatever happens. The run loop suspends the terminal around `edit`; what
/// comes back is judged by `NoteText` in the reducer (trimmed, empty, unchanged).
struct ExternalEditor: NoteEditor {
    /// Where `$VISUAL` and `$EDITOR` are read.
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// The editor command for `environment`.
    static func command(_ environment: [String: String]) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.trimmingCharacters(in: .whitespaces).isEmpty { return value }
        }
        return "vi"
    }

    /// Lets the user edit `text`; see the type's description.
    func edit(_ text: String) -> Result<String, EditorFailure> {
        let editor = Self.command(environment)
        var template = Array(
            (NSTemporaryDirectory() as NSString).appendingPathComponent("speechreader-note-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
        }
        guard let directory = created else {
            return .failure(
                EditorFailure("cannot create a temporary file for the editor: " + String(cString: strerror(errno))))
        }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = (directory as NSString).appendingPathComponent("note.txt")
        let contents = text.hasSuffix("\n") ? text : text + "\n"
        guard
            FileManager.default.createFile(
                atPath: file, contents: Data(contents.utf8),
                attributes: [.posixPermissions: 0o600])
        else {
            return .failure(EditorFailure("cannot write the temporary file \(file)"))
        }
        let status = Self.run(editor, file: file)
        guard status == 0 else {
            let reason =
                status < 0
                ? "could not be started"
                : status == 127 ? "was not found (set $VISUAL or $EDITOR)" : "exited with status \(status)"
            return .failure(EditorFailure("the editor (\(editor)) \(reason); the note was not changed"))
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            return .failure(EditorFailure("the edited file \(file) could not be read; the note was not changed"))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }

    /// Runs `editor FILE` through `/bin/sh` on the current terminal and waits for it; returns its
    /// exit status (128 + n when killed by signal n), or -1 when it could not be started.
    private static func run(_ editor: String, file: String) -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGWINCH] { sigaddset(&handled, signal) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &handled)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let arguments = ["sh", "-c", editor + " \"$1\"", "sh", file]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, &attributes, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return -1 }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
