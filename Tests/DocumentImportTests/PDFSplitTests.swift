import Foundation
import Testing

@testable import DocumentImport

/// A PDF of several pages is converted in two halves at once; the halves must join to exactly
/// the text of one whole run, wherever the split falls.
/// (pdftotext comes with the project's setup, as for the other PDF tests.)
@Suite("PDF conversion in halves")
struct PDFSplitTests {
    /// The speech's PDF (four pages, made by LibreOffice; see `Tests/Fixtures/formats/README.md`).
    static func speechPDF() throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/formats/speech.pdf")
        return Array(try Data(contentsOf: url))
    }

    @Test func thePagesOfTheSpeechAreCounted() throws {
        #expect(PDFPageCount.estimate(try Self.speechPDF()) == 4)
    }

    @Test func halvesJoinToTheWholeTextWhereverTheSplitFalls() throws {
        let pdf = try Self.speechPDF()
        let whole = try PDFTextTool.text(ofPDF: pdf, pages: 1...9999)
        #expect(whole.contains("今天"))
        #expect(whole.filter { $0 == "\u{0C}" }.count == 4)
        for split in 1...3 {
            let joined =
                try PDFTextTool.text(ofPDF: pdf, pages: 1...split)
                + PDFTextTool.text(ofPDF: pdf, pages: (split + 1)...9999)
            #expect(joined == whole, "split after page \(split)")
        }
        #expect(try PDFTextTool.text(ofPDF: pdf) == whole)
    }

    @Test func aLargePDFGoesAsATemporaryFileThatIsRemovedAfterwards() throws {
        let pdf = try Self.speechPDF()
        let copies = {
            try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
                .filter { $0.hasPrefix("speechreader-\(getpid())-") && $0.hasSuffix(".pdf") }
        }
        let before = try copies()
        #expect(try PDFTextTool.text(ofPDF: pdf, fileAbove: 0) == PDFTextTool.text(ofPDF: pdf))
        #expect(try copies() == before)
        // A damaged one too: the copy goes, and the error is pdftotext's.
        #expect(throws: DocumentImportError.self) {
            try PDFTextTool.text(ofPDF: Array("%PDF-1.4\n".utf8), fileAbove: 0)
        }
        #expect(try copies() == before)
    }

    @Test func aMiscountedPageRangeFallsBackToTheWholeRun() throws {
        // Twenty extra page objects in a comment: the count says 24, the second half's range
        // (pages 13 on) does not exist, and the whole run answers instead.
        var pdf = try Self.speechPDF()
        pdf += Array(("\n%" + String(repeating: "/Type /Page ", count: 20) + "\n").utf8)
        #expect(PDFPageCount.estimate(pdf) == 24)
        #expect(try PDFTextTool.text(ofPDF: pdf) == PDFTextTool.text(ofPDF: try Self.speechPDF()))
    }

    @Test func aDamagedPDFIsOneLineOfError() {
        let damaged = Array("%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n2 0 obj << /Type /Page >> endobj\n".utf8)
        #expect(PDFPageCount.estimate(damaged) == 2)
        let error = #expect(throws: DocumentImportError.self) { try PDFTextTool.text(ofPDF: damaged) }
        let message = error.map { "\($0)" } ?? ""
        #expect(message.contains("pdftotext") && !message.contains("\n"), "\(message)")
    }

    @Test(
        "page objects are told from the page tree and other names",
        arguments: [
            ("<< /Type /Page /Parent 2 0 R >>", 1), ("<</Type/Page>>", 1), ("/Type\n/Page\r", 1), ("/Type /Pages", 0),
            ("/Type /PageLabel", 0), ("/Typeface /Page", 0), ("/Type /Page/Type /Page", 2), ("", 0), ("/Type /Page", 1)
        ])
    func pageObjects(text: String, count: Int) {
        #expect(PDFPageCount.estimate(Array(text.utf8)) == count)
    }
}
