import ArgumentParser
import Foundation
import ReaderCore

/// `speechreader [FILE]`: the interactive reader; when stdout is not a terminal, prints the
/// text (sanitised), as `less` does when piped.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open FILE in the interactive reader (the default command)."
    )

    @Argument(help: "A text file (UTF-8, UTF-16 with BOM or GB18030). Default: the bundled speech.")
    var file: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try ReaderLaunch.run(file, store: storeOptions.store)
    }
}
