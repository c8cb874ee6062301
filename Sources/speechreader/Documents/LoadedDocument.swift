import BundledSpeech
import DocumentImport
import Foundation
import SpeechParser

/// A document opened for a command: the parsed text plus where it came from.
struct LoadedDocument {
    /// The parsed document (of the extracted text, for .docx, .odt, PDF and web pages).
    let document: Document
    /// What to call it in messages: the path as given, `<stdin>`, or the bundled speech's name.
    let displayName: String
    /// The absolute path of the file, or nil for the bundled speech and standard input.
    let fileURL: URL?
    /// The encoding the bytes were in (UTF-8 for the formats that are not plain text).
    let encoding: TextEncoding
    /// The format recognised from the content.
    var format: DocumentFormat = .plainText
    /// The document's own title (.docx/.odt metadata, a web page's heading), if it has one.
    var title: String?
    /// Whether the document was read from standard input.
    var isStandardInput = false

    /// Opens `path` (`-` for standard input), else standard input when it is a pipe or a file
    /// (unless `implicitStandardInput` is false: the command reads something else from it), else
    /// the bundled speech. Without `sentences`, the document's sentence table is left empty (for
    /// commands that never read it).
    static func load(
        _ path: String?, implicitStandardInput: Bool = true, sentences: Bool = true
    ) throws -> LoadedDocument {
        let hints = ParseHints(splitsSentences: sentences)
        if path == "-" || (implicitStandardInput && StandardInput.isSource(file: path)) {
            let name = StandardInput.displayName
            let imported = try importDocument(name: name, StandardInput.readAll())
            return LoadedDocument(imported, hints: hints, displayName: name, fileURL: nil, isStandardInput: true)
        }
        guard let path else {
            let decoded = try decode(name: BundledSpeech.name) { try SpeechDecoder.decode(BundledSpeech.bytes) }
            return LoadedDocument(
                document: Document(parsing: decoded.text, hints: hints), displayName: BundledSpeech.name,
                fileURL: nil, encoding: decoded.encoding)
        }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        // Plain text (the common case, and the large one) keeps the one-copy read.
        if FormatSniffer.format(of: try FileReader.readHead(path, count: 4096)) == .plainText {
            let decoded = try decode(name: path) { try FileReader.readDocument(path) }
            return LoadedDocument(
                document: Document(parsing: decoded.text, hints: hints), displayName: path, fileURL: url,
                encoding: decoded.encoding)
        }
        let imported = try importDocument(name: path, FileReader.readRegularFile(path))
        return LoadedDocument(imported, hints: hints, displayName: path, fileURL: url, isStandardInput: false)
    }

    private init(
        _ imported: ImportedDocument, hints: ParseHints, displayName: String, fileURL: URL?, isStandardInput: Bool
    ) {
        self.init(
            document: Document(parsing: imported.text, hints: hints), displayName: displayName, fileURL: fileURL,
            encoding: imported.encoding ?? .utf8, format: imported.format, title: imported.title,
            isStandardInput: isStandardInput)
    }

    private init(
        document: Document, displayName: String, fileURL: URL?, encoding: TextEncoding,
        format: DocumentFormat = .plainText, title: String? = nil, isStandardInput: Bool = false
    ) {
        self.document = document
        self.displayName = displayName
        self.fileURL = fileURL
        self.encoding = encoding
        self.format = format
        self.title = title
        self.isStandardInput = isStandardInput
    }

    /// Runs the importer on `bytes`, turning its errors into the command line's.
    private static func importDocument(name: String, _ bytes: @autoclosure () throws -> [UInt8]) throws
        -> ImportedDocument
    {
        let bytes = try bytes()
        let cache = PDFTextCache.current()
        do {
            return try DocumentImporter.importDocument(bytes) { pdf in
                guard let cache else { return try PDFTextTool.text(ofPDF: pdf) }
                return try cache.text(ofPDF: pdf, convert: PDFTextTool.text(ofPDF:))
            }
        } catch let error as SpeechParserError {
            throw CLIError.undecodable(path: name, reason: error.description)
        } catch let error as DocumentImportError {
            // A missing pdftotext is this machine's problem, not the file's: "cannot open" (66).
            if case .pdfToolMissing = error { throw CLIError.cannotOpen(path: name, reason: error.description) }
            throw CLIError.undecodable(path: name, reason: error.description)
        }
    }

    private static func decode(name: String, _ body: () throws -> SpeechDecoder.Result) throws -> SpeechDecoder.Result {
        do {
            return try body()
        } catch let error as SpeechParserError {
            throw CLIError.undecodable(path: name, reason: error.description)
        }
    }
}
