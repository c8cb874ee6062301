import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Peak resident memory of a child, measured so that the harness's own memory does not count.
///
/// `posix_spawn` starts the child with `vfork`: until it calls `exec` it runs in the parent's
/// address space, and Linux carries that address space's high-water mark into the child's
/// `ru_maxrss`. A child of this (large) harness would thus report at least the harness's own
/// peak. So the harness re-executes itself as a small helper (`--peak-rss-of`), which spawns
/// the command and prints its `ru_maxrss`; a long-running child (the reader) is read from
/// `/proc/PID/status` (`VmHWM`, which `exec` resets) instead.
enum PeakMemory {
    static let helperFlag = "--peak-rss-of"

    /// Runs `executable arguments` through the helper; its peak RSS in bytes.
    static func of(
        _ executable: String, _ arguments: [String], environment: [String: String],
        scratch: String
    ) throws -> Int {
        let helper = FileSystem.executableDirectory() + "/" + (CommandLine.arguments[0] as NSString).lastPathComponent
        let output = scratch + "/peak-rss.txt"
        var helperEnvironment = environment
        helperEnvironment["SPEECHREADER_BENCH_OUTPUT"] = output
        _ = try ChildProcess.run(
            helper, [helperFlag, executable] + arguments, environment: helperEnvironment,
            scratch: scratch)
        let text = try FileSystem.readText(output).trimmingTrailingNewlines
        guard let bytes = Int(text) else { throw BenchmarkError("the peak-memory helper printed \(text)") }
        return bytes
    }

    /// The helper: spawns the command with this process's environment (less the output path),
    /// waits, writes its `ru_maxrss` in bytes to `$SPEECHREADER_BENCH_OUTPUT`, and exits with
    /// its status.
    static func helperMain(_ command: [String]) -> Never {
        var environment = ProcessInfo.processInfo.environment
        let output = environment.removeValue(forKey: "SPEECHREADER_BENCH_OUTPUT") ?? "/dev/stdout"
        do {
            let pid = try ChildProcess.spawn(
                command[0], Array(command.dropFirst()), environment: environment,
                streams: .null(stderrPath: "/dev/null"))
            let (status, usage, _) = try ChildProcess.wait(pid, timeout: 600)
            try FileSystem.write(Array("\(Int(usage.ru_maxrss) * 1024)\n".utf8), to: output)
            exit(status)
        } catch {
            FileHandle.standardError.write(Data("speechreader-bench helper: \(error)\n".utf8))
            exit(70)
        }
    }

    /// `VmHWM` of a running process, in bytes.
    static func highWaterMark(of pid: pid_t) throws -> Int {
        let status = try FileSystem.readText("/proc/\(pid)/status")
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else {
            throw BenchmarkError("no VmHWM in /proc/\(pid)/status")
        }
        return kilobytes * 1024
    }
}
