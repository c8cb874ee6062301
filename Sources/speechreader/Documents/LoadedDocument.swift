import BundledSpeech
import Foundation
import SpeechParser

/// A document opened for a command: the parsed text plus where it came from.
struct LoadedDocument {
    /// The parsed document.
    let document: Document
    /// What to call it in messages: the path as given, or the bundled speech's name.
    let displayName: String
    /// The absolute path of the file, or nil for the bundled speech.
    let fileURL: URL?
    /// The encoding the bytes were in.
    let encoding: TextEncoding

    /// Opens `path`, or the bundled speech when `path` is nil.
    static func load(_ path: String?) throws -> LoadedDocument {
        guard let path else {
            let decoded = try decode(name: BundledSpeech.name) { try SpeechDecoder.decode(BundledSpeech.bytes) }
            return LoadedDocument(
                document: Document(parsing: decoded.text), displayName: BundledSpeech.name,
                fileURL: nil, encoding: decoded.encoding)
        }
        let decoded = try decode(name: path) { try FileReader.readDocument(path) }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        return LoadedDocument(
            document: Document(parsing: decoded.text), displayName: path, fileURL: url,
            encoding: decoded.encoding)
    }

    private static func decode(name: String, _ body: () throws -> SpeechDecoder.Result) throws -> SpeechDecoder.Result {
        do {
            return try body()
        } catch let error as SpeechParserError {
            throw CLIError.undecodable(path: name, reason: error.description)
        }
    }
}
