import SpeechParser

/// Validates and resolves a node path argument (`1.2.3`, `preamble`, `closing`, or the
/// document's own numbering such as `一(二)二是`; see `AddressArgument`).
enum NodePath {
    /// The node index for `path` in `loaded`, or a CLIError saying what is wrong. With
    /// `titles`, an argument that is not an address is looked up among heading titles.
    static func resolve(_ path: String, in loaded: LoadedDocument, titles: Bool = false) throws -> Int {
        try AddressArgument.resolve(path, in: loaded, fallingBackToTitles: titles)
    }
}
