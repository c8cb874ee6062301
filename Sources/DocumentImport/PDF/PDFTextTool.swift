import Foundation

/// Runs poppler's `pdftotext -enc UTF-8 - -` on a PDF and returns what it prints.
///
/// Nearly all of pdftotext's time goes into the pages (it reads each page's embedded fonts again),
/// so a PDF of several pages is converted in two halves at once on a machine with two or more
/// cores: the halves' texts, each ending in its pages' form feeds, join to exactly the whole
/// text. The PDF is given on standard input, so no copy is written to disk and poppler reads it
/// from memory instead of in small reads from a file; above `fileThreshold` it is given as a
/// temporary file instead, because poppler keeps a PDF read from a pipe in memory, one copy per run.
public enum PDFTextTool {
    /// A PDF that takes longer than this to convert is given up on (a hostile file can loop).
    static let timeLimit: TimeInterval = 120

    /// The size above which the PDF reaches pdftotext as a temporary file.
    static let fileThreshold = 32 << 20

    /// Where pdftotext reads the PDF from.
    private enum Input {
        case standardInput
        case file(String)

        /// pdftotext's input argument.
        var argument: String {
            switch self {
            case .standardInput: return "-"
            case .file(let path): return path
            }
        }
    }

    /// The text of the PDF in `bytes` (pages separated by form feeds).
    public static func text(ofPDF bytes: [UInt8]) throws -> String {
        try text(ofPDF: bytes, fileAbove: fileThreshold)
    }

    /// `text(ofPDF:)` with the PDF given as a temporary file when it is larger than `threshold`.
    static func text(ofPDF bytes: [UInt8], fileAbove threshold: Int) throws -> String {
        guard bytes.count > threshold else { return try convert(bytes, from: .standardInput) }
        let directory = FileManager.default.temporaryDirectory
        let file = directory.appendingPathComponent("speechreader-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).pdf")
        guard
            FileManager.default.createFile(
                atPath: file.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
        else { throw DocumentImportError.pdfFailed(detail: "cannot write a temporary copy") }
        defer { try? FileManager.default.removeItem(at: file) }
        return try convert(bytes, from: .file(file.path))
    }

    /// The text of `bytes`, read by pdftotext from `input`: in two halves when that can pay.
    private static func convert(_ bytes: [UInt8], from input: Input) throws -> String {
        let pages = PDFPageCount.estimate(bytes)
        if pages >= 2, ProcessInfo.processInfo.activeProcessorCount >= 2 {
            // A half that fails (a miscounted page range, say) falls back to the whole run, whose
            // answer, and error, are the ones that count; only a run out of time is not repeated.
            let half = (pages + 1) / 2
            do {
                let outcomes = try runTool([["-l", String(half)], ["-f", String(half + 1)]], bytes, from: input)
                if outcomes.allSatisfy({ $0.status == 0 }) {
                    return outcomes.map { String(decoding: $0.output, as: UTF8.self) }.joined()
                }
            } catch .timedOut {
                throw error(for: .timedOut)
            } catch {
                // Said again by the whole run.
            }
        }
        guard let outcome = try run([[]], bytes, from: input).first else {
            throw DocumentImportError.pdfFailed(detail: "pdftotext did not run")
        }
        guard outcome.status == 0 else {
            let detail = String(decoding: outcome.errors, as: UTF8.self).split(separator: "\n").first.map(String.init)
            throw DocumentImportError.pdfFailed(detail: detail ?? "pdftotext exited with status \(outcome.status)")
        }
        return String(decoding: outcome.output, as: UTF8.self)
    }

    /// The text of pages `first...last` (1-based, clamped to the document), for tests that check
    /// that halves join to the whole.
    static func text(ofPDF bytes: [UInt8], pages: ClosedRange<Int>) throws -> String {
        guard
            let outcome = try run(
                [["-f", String(pages.lowerBound), "-l", String(pages.upperBound)]], bytes, from: .standardInput
            ).first,
            outcome.status == 0
        else { throw DocumentImportError.pdfFailed(detail: "pdftotext failed on pages \(pages)") }
        return String(decoding: outcome.output, as: UTF8.self)
    }

    /// Runs `pdftotext -q -enc UTF-8 [options] INPUT -` once per entry of `pageOptions`, side by
    /// side, with `bytes` on standard input when that is the input.
    private static func run(_ pageOptions: [[String]], _ bytes: [UInt8], from input: Input) throws
        -> [ToolRun.Outcome]
    {
        do {
            return try runTool(pageOptions, bytes, from: input)
        } catch {
            throw Self.error(for: error)
        }
    }

    private static func runTool(_ pageOptions: [[String]], _ bytes: [UInt8], from input: Input)
        throws(ToolRun.Failure) -> [ToolRun.Outcome]
    {
        let standardInput: [UInt8]
        if case .standardInput = input { standardInput = bytes } else { standardInput = [] }
        return try ToolRun.run(
            pageOptions.map { ["pdftotext", "-q", "-enc", "UTF-8"] + $0 + [input.argument, "-"] },
            input: standardInput, timeLimit: timeLimit)
    }

    /// What a run that could not be made means to the reader.
    private static func error(for failure: ToolRun.Failure) -> DocumentImportError {
        switch failure {
        case .missing: return .pdfToolMissing
        case .timedOut: return .pdfFailed(detail: "gave up after \(Int(timeLimit)) s")
        case .system(let message): return .pdfFailed(detail: message)
        }
    }
}
