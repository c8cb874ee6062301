import Foundation

/// The speech that ships with the reader, compiled into the binary so that a copied or installed
/// executable still opens it (a SwiftPM resource bundle is found only next to the build folder).
public enum BundledSpeech {
    /// The name the speech has in `Resources/`, used in messages and as its document path.
    public static var name: String { fileName }

    /// The exact bytes of the bundled file.
    public static var bytes: [UInt8] {
        // Multi-line literal: strip the line breaks the generator inserted every 100 characters.
        let compact = base64.filter { !$0.isNewline }
        return Data(base64Encoded: compact).map { [UInt8]($0) } ?? []
    }
}
