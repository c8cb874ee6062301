/// What every suite needs: the programs, the inputs, the scratch directory and the run count.
struct BenchContext {
    /// The release `speechreader` binary.
    let speechreader: String
    /// `wc`, the reference for reading a file.
    let wc: String
    /// `less`, the reference for a first frame; nil when not installed (those rows are skipped).
    let less: String?
    let inputs: BenchInputs
    let scratch: String
    /// Timed runs per figure (after one warm-up run).
    let runs: Int
    /// Pseudo-terminal size.
    let rows = 40
    let columns = 120

    /// The environment every child gets: a UTF-8 locale (so `wc -m` counts characters and
    /// ncurses draws CJK), a known terminal type, and a private store, config and home.
    func environment(storeDirectory: String) -> [String: String] {
        [
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": scratch + "/home",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TERM": "xterm-256color",
            "XDG_DATA_HOME": storeDirectory,
            "XDG_CONFIG_HOME": scratch + "/config",
            "LESSHISTFILE": "-",
            "SWIFT_BACKTRACE": "enable=no"
        ]
    }

    /// The environment with a store directory nobody used yet (so no saved reading position
    /// moves a first frame).
    func freshEnvironment() throws -> [String: String] {
        try FileSystem.makeDirectory(scratch + "/stores")
        let directory = try FileSystem.makeTemporaryDirectory(in: scratch + "/stores")
        return environment(storeDirectory: directory)
    }
}
