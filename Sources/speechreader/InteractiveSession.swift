// Replaced by the reader's run loop.
enum InteractiveSession {
    static func run(_ loaded: LoadedDocument) throws {
        throw CLIError.invalidArgument("the interactive reader is not available in this build")
    }
}
