import Foundation

/// Runs poppler's `pdftotext -enc UTF-8 - -` on a PDF and returns what it prints.
///
/// Nearly all of pdftotext's time goes into the pages (it reads each page's embedded fonts again),
/// so a PDF of several pages is converted in two halves at once on a machine with two or more
/// cores: the halves' texts, each ending in its pages' form feeds, join to exactly the whole
/// text. The PDF is given on standard input, so no copy is written to disk, and poppler reads it
/// from memory instead of in small reads from a file.
public enum PDFTextTool {
    /// A PDF that takes longer than this to convert is given up on (a hostile file can loop).
    static let timeLimit: TimeInterval = 120

    /// The text of the PDF in `bytes` (pages separated by form feeds).
    public static func text(ofPDF bytes: [UInt8]) throws -> String {
        let pages = PDFPageCount.estimate(bytes)
        if pages >= 2, ProcessInfo.processInfo.activeProcessorCount >= 2 {
            // A half that fails (a miscounted page range, say) falls back to the whole run, whose
            // answer, and error, are the ones that count; only a run out of time is not repeated.
            let half = (pages + 1) / 2
            do {
                let outcomes = try runTool([["-l", String(half)], ["-f", String(half + 1)]], bytes)
                if outcomes.allSatisfy({ $0.status == 0 }) {
                    return outcomes.map { String(decoding: $0.output, as: UTF8.self) }.joined()
                }
            } catch .timedOut {
                throw error(for: .timedOut)
            } catch {
                // Said again by the whole run.
            }
        }
        guard let outcome = try run([[]], bytes).first else {
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
        guard let outcome = try run([["-f", String(pages.lowerBound), "-l", String(pages.upperBound)]], bytes).first,
            outcome.status == 0
        else { throw DocumentImportError.pdfFailed(detail: "pdftotext failed on pages \(pages)") }
        return String(decoding: outcome.output, as: UTF8.self)
    }

    /// Runs `pdftotext -q -enc UTF-8 [options] - -` once per entry of `pageOptions`, side by side.
    private static func run(_ pageOptions: [[String]], _ bytes: [UInt8]) throws -> [ToolRun.Outcome] {
        do {
            return try runTool(pageOptions, bytes)
        } catch {
            throw Self.error(for: error)
        }
    }

    private static func runTool(_ pageOptions: [[String]], _ bytes: [UInt8]) throws(ToolRun.Failure)
        -> [ToolRun.Outcome]
    {
        try ToolRun.run(
            pageOptions.map { ["pdftotext", "-q", "-enc", "UTF-8"] + $0 + ["-", "-"] }, input: bytes,
            timeLimit: timeLimit)
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
