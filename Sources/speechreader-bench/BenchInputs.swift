import BundledSpeech
import Foundation

/// The documents the suites run on, generated deterministically into the scratch directory:
/// the bundled speech as a file, and large documents made by repeating real texts (the bundled
/// speech and the corpus), so headings, requirements, gaps and closings occur all through.
struct BenchInputs {
    /// One generated file.
    struct Input {
        /// Short name for the table (`speech`, `1 MB`, …).
        let label: String
        let path: String
        let byteCount: Int
    }

    /// The bundled speech, byte for byte.
    let speech: Input
    /// About 1 MB, 10 MB and 50 MB, in that order.
    let large: [Input]
    /// Where the repeated texts came from, for the report.
    let sources: [String]

    /// The 50 MB document.
    var largest: Input { large[large.count - 1] }

    /// The sizes generated, in bytes (each document is at least this long, by at most one unit more).
    static let sizes: [(label: String, bytes: Int)] = [
        ("1 MB", 1_000_000), ("10 MB", 10_000_000), ("50 MB", 50_000_000)
    ]

    /// Writes the inputs into `directory`. `corpus` is a directory of `*.txt` texts (their
    /// `*.outline.txt` companions and README are skipped); nil or missing: the bundled speech alone.
    static func generate(in directory: String, corpus: String?, sizes: [(label: String, bytes: Int)] = sizes) throws
        -> BenchInputs
    {
        let speechBytes = BundledSpeech.bytes
        guard !speechBytes.isEmpty else { throw BenchmarkError("the bundled speech is empty") }
        let speechPath = directory + "/speech.txt"
        try FileSystem.write(speechBytes, to: speechPath)
        let speech = Input(label: "speech", path: speechPath, byteCount: speechBytes.count)

        var texts: [[UInt8]] = []
        var sources = [BundledSpeech.name]
        for (name, bytes) in try corpusTexts(corpus) where bytes != speechBytes {
            texts.append(bytes)
            sources.append(name)
        }
        // The document opens with the bundled speech (its first words are what the first-frame
        // benchmarks wait for) and every unit ends with it, so the document ends with its closing.
        let unit = texts.reduce(into: [UInt8]()) { $0 += paragraphEnded($1) } + paragraphEnded(speechBytes)
        var large: [Input] = []
        for (label, size) in sizes {
            var document = paragraphEnded(speechBytes)
            document.reserveCapacity(size + unit.count)
            while document.count < size { document += unit }
            let path = directory + "/generated-\(size / 1_000_000)mb.txt"
            try FileSystem.write(document, to: path)
            large.append(Input(label: label, path: path, byteCount: document.count))
        }
        return BenchInputs(speech: speech, large: large, sources: sources)
    }

    /// The corpus texts, sorted by name.
    private static func corpusTexts(_ directory: String?) throws -> [(String, [UInt8])] {
        guard let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            return []
        }
        return try names.sorted()
            .filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".outline.txt") }
            .map { ($0, try FileSystem.readBytes(directory + "/" + $0)) }
    }

    /// `text` followed by a blank line (its own line ending kept, a line feed added if missing).
    private static func paragraphEnded(_ text: [UInt8]) -> [UInt8] {
        var result = text
        if let last = result.last, last != 0x0A, last != 0x0D { result.append(0x0A) }
        result.append(0x0A)
        return result
    }

    /// The first few characters of the first non-blank line of the bundled speech: what the
    /// first-frame benchmarks wait for on screen.
    static func firstWords(count: Int = 6) -> String {
        let text = String(decoding: BundledSpeech.bytes, as: UTF8.self)
        let line =
            text.split(whereSeparator: \.isNewline)
            .first { !$0.allSatisfy { $0 == " " || $0 == "\u{3000}" || $0 == "\t" } } ?? ""
        let trimmed = line.drop { $0 == " " || $0 == "\u{3000}" || $0 == "\t" || $0 == "\u{FEFF}" }
        return String(trimmed.prefix(count))
    }
}
