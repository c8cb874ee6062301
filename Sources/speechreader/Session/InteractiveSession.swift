import Foundation
import ReaderCore
import ReaderSession
import ReaderStore
import SpeechParser
import TerminalUI

/// Wires the interactive reader: the ncurses terminal, the store session and the external editor
/// around `ReaderRunLoop`, then restores the terminal and ends as a termination signal would.
enum InteractiveSession {
    /// Runs the reader on `loaded`; `environment` holds at least `LaunchEnvironment.names`.
    static func run(_ loaded: LoadedDocument, storeLocation: StoreLocation, environment: [String: String]) throws {
        let config = ReaderConfig.load(environment: environment)
        // On stderr before the screen is taken (and after it is given back), and once in the status line.
        for warning in config.warnings { SpeechReaderCommand.report("warning: " + warning) }
        var settings = config.settings
        LayoutMemory(file: storeLocation.directory.appendingPathComponent("layout.json")).restore(into: &settings)
        let terminal = Terminal(theme: Theme(configValue: config.theme) ?? .standard)
        terminal.setMouseCapture(settings.mouse)
        do {
            // `start` checks the terminal first, so one that cannot run the reader is refused
            // before anything else happens; the store is opened only after the first frame.
            try terminal.start()
        } catch let error as TerminalError {
            throw CLIError.invalidArgument(error.description)
        }
        let store = StoreSession(loaded, location: storeLocation)
        let size = terminal.size
        let state = ReaderState(
            document: loaded.document, width: size.width, height: size.height,
            language: config.language ?? UILanguage(locale: Self.localeName(environment)))
        // The bundled speech and standard input never change under the reader; a file may.
        let watcher =
            loaded.displayName == "-"
            ? nil : loaded.fileURL.map { FileWatcher(path: $0.path, document: loaded.document) }
        var loop = ReaderRunLoop(
            state: state, terminal: terminal, store: store, editor: ExternalEditor(environment: environment),
            watcher: watcher,
            checker: BackgroundChecker(disabled: Set(settings.disabledRules.compactMap(CheckRule.init(rawValue:)))),
            indexer: BackgroundIndexer(),
            configure: [.reading(.configure(settings, warning: config.warnings.first))])
        let end = loop.run()
        terminal.stop()
        if let failure = loop.positionFailure {
            SpeechReaderCommand.report(failure)
        }
        if case .signal(let signal) = end {
            // Everything is saved and the terminal restored: end as the signal would have, so a
            // parent shell sees "killed by SIGTERM" (128 + n) rather than a normal exit.
            if #available(macOS 15.0, *) {
                TerminationSignals.uninstall()
            }
            raise(signal)
        }
    }

    /// The locale the UI language is chosen from: LC_ALL, then LC_MESSAGES, then LANG.
    private static func localeName(_ environment: [String: String]) -> String {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        return ""
    }
}
