import SpeechParser

/// Turns a file's bytes into a document's text, choosing the reader by the content: .docx,
/// .odt (packaged or flat), PDF, a web page, or plain text. Legacy Office files are refused with
/// a message that says how to convert them.
public enum DocumentImporter {
    /// Converts a PDF's bytes to text (pages separated by form feeds); `PDFTextTool` by default,
    /// replaceable in tests.
    public typealias PDFConverter = @Sendable ([UInt8]) throws -> String

    /// The document in `bytes`. Throws `DocumentImportError` (or, for a plain text that cannot
    /// be decoded, `SpeechParserError`).
    public static func importDocument(
        _ bytes: [UInt8], pdfConverter: PDFConverter = { try PDFTextTool.text(ofPDF: $0) }
    ) throws -> ImportedDocument {
        switch FormatSniffer.format(of: bytes) {
        case .legacyOffice: throw DocumentImportError.legacyOffice
        case .zipArchive: return try importPackage(bytes)
        case .pdf: return importPDFText(try pdfConverter(bytes))
        case .html: return try HTMLExtractor.importPage(bytes)
        case .odt: return try OdtImporter.importFlat(bytes)
        case .plainText, .docx:
            let decoded = try SpeechDecoder.decode(bytes)
            return ImportedDocument(text: decoded.text, format: .plainText, encoding: decoded.encoding)
        }
    }

    /// A ZIP package: a .docx or an .odt by its entries.
    static func importPackage(_ bytes: [UInt8]) throws -> ImportedDocument {
        var package = try ZipPackage(bytes: bytes)
        if package.contains("word/document.xml") { return try DocxImporter.importDocument(&package) }
        if try OdtImporter.isOpenDocumentText(&package) { return try OdtImporter.importPackage(&package) }
        throw DocumentImportError.unsupportedArchive
    }

    /// The text `pdftotext` printed, rebuilt: page furniture removed, cut lines joined.
    public static func importPDFText(_ text: String) -> ImportedDocument {
        let lines = PageFurniture.pages(PopplerArtefacts.repair(text)).flatMap { $0 }
        let paragraphs = HardWrapJoiner.join(lines)
        return ImportedDocument(paragraphs: paragraphs.map { ImportedParagraph(text: $0) }, format: .pdf, title: nil)
    }
}
