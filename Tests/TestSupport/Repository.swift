import Foundation

/// Where the repository's files are, found from this source file's path so tests work from any
/// working directory. Everything a test reads is inside the repository (see
/// `Tests/Fixtures/README.md`).
public enum Repository {
    /// The repository root: this file is `Tests/TestSupport/Repository.swift`.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Sources/`.
    public static let sources = root.appendingPathComponent("Sources")

    /// The bundled speech as a file (`Resources/`); the binary embeds the same bytes.
    public static let bundledSpeech = root.appendingPathComponent(
        "Resources/zhengjiguan-lianzheng-jingshi-speech.txt")

    /// `Tests/Fixtures/`.
    public static let fixtures = root.appendingPathComponent("Tests/Fixtures")

    /// `Tests/Fixtures/corpus/`: real documents with their hand-checked `.outline.txt`.
    public static let corpus = fixtures.appendingPathComponent("corpus")

    /// Corpus documents whose text is kept elsewhere in the repository rather than copied: the
    /// seed speech is the bundled speech byte for byte.
    static let corpusTextsElsewhere = ["seed-speech.txt": bundledSpeech]

    /// The corpus documents (`NAME.txt` for every `NAME.outline.txt`), sorted by name.
    public static func corpusDocuments() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".outline.txt") }
            .map { String($0.dropLast(".outline.txt".count)) + ".txt" }.sorted()
    }

    /// The text file of the corpus document `name` (`NAME.txt`).
    public static func corpusText(_ name: String) -> URL {
        corpusTextsElsewhere[name] ?? corpus.appendingPathComponent(name)
    }

    /// The hand-checked outline of the corpus document `name` (`NAME.outline.txt`).
    public static func corpusOutline(_ name: String) -> URL {
        corpus.appendingPathComponent(String(name.dropLast(".txt".count)) + ".outline.txt")
    }

    /// The bytes of a file.
    public static func bytes(of url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }
}
