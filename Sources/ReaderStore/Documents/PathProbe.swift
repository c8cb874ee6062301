import Foundation
import SpeechParser

/// Answers the one question document identity cannot answer from the store alone: does the
/// file a document was last seen at still hold that document's text? A byte-identical file at a
/// new path is a **copy** while the old path still holds the text, and a **rename** only once it
/// does not (the file is gone, or holds other text).
///
/// The command line passes a probe that opens files the way it opens documents (every format it
/// reads); the default decodes plain text files with `SpeechDecoder`.
public struct PathProbe: Sendable {
    /// Whether the document at `path` (an absolute path, or `bundled:NAME`) still has the text
    /// whose fingerprint is given.
    public let holds: @Sendable (_ path: String, _ fingerprint: DocumentFingerprint) -> Bool

    /// A probe from a function.
    public init(holds: @escaping @Sendable (_ path: String, _ fingerprint: DocumentFingerprint) -> Bool) {
        self.holds = holds
    }

    /// Reads plain-text files from the file system. Anything that is not a file path (the
    /// bundled speech) always holds its text. A file that exists but cannot be read or decoded
    /// counts as still holding the text: treating it as a copy keeps every note on both sides,
    /// where a wrong rename would take them away from the original.
    public static let fileSystem = PathProbe { path, fingerprint in
        guard path.hasPrefix("/") else { return true }
        guard FileManager.default.fileExists(atPath: path) else { return false }
        guard let data = FileManager.default.contents(atPath: path),
            let decoded = try? SpeechDecoder.decode([UInt8](data))
        else { return true }
        return DocumentFingerprint(text: decoded.text) == fingerprint
    }
}
