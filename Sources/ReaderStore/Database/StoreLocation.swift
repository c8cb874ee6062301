import Foundation

/// Where the store lives: `--store DIR`, else `$SPEECHREADER_STORE`, else
/// `$XDG_DATA_HOME/speechreader`, else `~/.local/share/speechreader`.
public struct StoreLocation: Sendable, Equatable {
    /// The directory holding the database files.
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// Resolves the location from an explicit option and the environment.
    public static func resolve(option: String?, environment: [String: String]) -> StoreLocation {
        if let option, !option.isEmpty { return StoreLocation(directory: URL(fileURLWithPath: option)) }
        if let override = environment["SPEECHREADER_STORE"], !override.isEmpty {
            return StoreLocation(directory: URL(fileURLWithPath: override))
        }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return StoreLocation(directory: URL(fileURLWithPath: data).appendingPathComponent("speechreader"))
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return StoreLocation(directory: URL(fileURLWithPath: home).appendingPathComponent(".local/share/speechreader"))
    }

    /// The SQLite database file inside the directory.
    public var databaseFile: URL { directory.appendingPathComponent("store.sqlite") }
}
