import Foundation

/// Finds the built `speechreader` executable for tests that run it: `$SPEECHREADER_BIN` if set,
/// otherwise the one SwiftPM builds next to the running test binary (`.build/<config>/`),
/// looking a few directories up for bundle layouts (macOS runs tests inside
/// `X.xctest/Contents/MacOS`).
public enum SpeechreaderBinary {
    /// The path of the executable, or a failure naming where it looked.
    public static func path() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["SPEECHREADER_BIN"], !override.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: override) else {
                throw HarnessFailure(description: "SPEECHREADER_BIN=\(override) is not an executable file")
            }
            return override
        }
        let directories = searchedDirectories()
        for directory in directories {
            let candidate = directory.appendingPathComponent("speechreader").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
        }
        throw HarnessFailure(
            description: "no speechreader binary next to the tests (looked in "
                + directories.map(\.path).joined(separator: ", ") + "); build it or set SPEECHREADER_BIN")
    }

    /// The executable's location, or nil when it cannot be found.
    public static var location: URL? {
        (try? path()).map { URL(fileURLWithPath: $0) }
    }

    /// The directories of the running test binary and its bundles, each with up to three parents.
    static func searchedDirectories() -> [URL] {
        var starts: [URL] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: executable))
        }
        if let executable = Bundle.main.executableURL { starts.append(executable.resolvingSymlinksInPath()) }
        starts.append(Bundle.main.bundleURL.appendingPathComponent("x"))
        if let first = CommandLine.arguments.first { starts.append(URL(fileURLWithPath: first)) }
        starts += Bundle.allBundles.map { $0.bundleURL.resolvingSymlinksInPath() }
        var directories: [URL] = []
        for start in starts {
            var directory = start.deletingLastPathComponent()
            for _ in 0..<4 {
                if !directories.contains(directory) { directories.append(directory) }
                directory = directory.deletingLastPathComponent()
            }
        }
        return directories
    }
}
