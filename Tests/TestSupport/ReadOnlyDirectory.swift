import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Makes a directory read-only for this process: permissions for a normal user; the immutable
/// attribute for root, who ignores permissions.
public enum ReadOnlyDirectory {
    /// Whether a directory can be made read-only here (tried once on a scratch directory): always
    /// for a normal user; for root only with `chattr` and the right to set the immutable attribute
    /// (CAP_LINUX_IMMUTABLE, on a file system that has it).
    public static let isAvailable: Bool = {
        guard let scratch = try? TemporaryDirectory(prefix: "speechreader-read-only-probe") else { return false }
        defer { scratch.remove() }
        guard let undo = try? make(scratch.path) else { return false }
        let blocked = !FileManager.default.createFile(atPath: scratch.path + "/probe", contents: Data())
        undo()
        return blocked
    }()

    /// Why a test that needs `make` is skipped when it is not available.
    public static let unavailableReason =
        "cannot make a directory read-only here (as root that needs chattr +i and CAP_LINUX_IMMUTABLE)"

    /// Makes `directory` read-only; returns the undo, or nil when that is not possible here.
    public static func make(_ directory: String) throws -> (() -> Void)? {
        if getuid() != 0 {
            guard chmod(directory, 0o500) == 0 else { return nil }
            return { _ = chmod(directory, 0o700) }
        }
        guard
            let chattr = ["/usr/bin/chattr", "/bin/chattr"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            }),
            try ChildProcess.run(chattr, ["+i", directory], environment: [:]).status == 0
        else { return nil }
        return { _ = try? ChildProcess.run(chattr, ["-i", directory], environment: [:]) }
    }
}
