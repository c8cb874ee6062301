import SpeechParser

@testable import DocumentImport

/// The .docx, .odt and HTML readers, from the container down to the text. The first byte picks
/// how the rest is read (its low three bits, modulo 5, so `0`…`4` in a text seed work too):
///
/// - 0: the rest is a whole file for `DocumentImporter.importDocument` (a ZIP — .docx or .odt —,
///   a flat .fodt, a web page, a PDF's "pdftotext output", plain text: the sniffer decides);
/// - 1: Word parts `document.xml`, `numbering.xml`, `styles.xml`, `core.xml`, separated by form
///   feeds (no XML may hold one), packed as stored entries of a fresh .docx;
/// - 2: OpenDocument parts `content.xml`, `styles.xml`, `meta.xml`, likewise packed as an .odt;
/// - 3: a web page for `HTMLExtractor.importPage`;
/// - 4: a flat OpenDocument text for `OdtImporter.importFlat`.
///
/// Modes 1 and 2 keep the archive valid so that the mutations reach the XML → text stages; mode
/// 0 mutates the containers themselves (ZIPFoundation, the inflate cap, the format sniffing).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportFormats(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    guard !input.isEmpty else { return 0 }
    let mode = Int(input.prefix(1)[0] & 7) % 5
    let bytes = input.rest()
    let result = Result { () throws -> ImportedDocument in
        switch mode {
        case 0:
            // pdftotext is never run: the "PDF" bytes stand for its output, so the page-furniture
            // and line-joining stages see fuzzed text too.
            return try DocumentImporter.importDocument(bytes) { pdf in
                String(decoding: pdf.filter { $0 != 0 }, as: UTF8.self)
            }
        case 1:
            let parts = split(bytes)
            let names = ["word/document.xml", "word/numbering.xml", "word/styles.xml", "docProps/core.xml"]
            return try DocumentImporter.importDocument(StoredZip.archive(Array(zip(names, parts))))
        case 2:
            let parts = split(bytes)
            let names = ["content.xml", "styles.xml", "meta.xml"]
            let mimetype = ("mimetype", Array("application/vnd.oasis.opendocument.text".utf8))
            return try DocumentImporter.importDocument(StoredZip.archive([mimetype] + Array(zip(names, parts))))
        case 3:
            return try HTMLExtractor.importPage(bytes)
        default:
            return try OdtImporter.importFlat(bytes)
        }
    }
    switch result {
    case .success(let document):
        check(document)
    case .failure(let error as DocumentImportError):
        let message = error.description
        require(!message.contains { $0.isNewline }, "error message spans lines: \(message.debugDescription)")
    case .failure(let error as SpeechParserError):
        // Only a plain text (or a web page's bytes) can fail to decode.
        require(mode == 0 || mode == 3, "a decoding error from mode \(mode): \(error)")
        require(!error.description.contains { $0.isNewline }, "error message spans lines")
    case .failure(let error):
        require(false, "unexpected error type \(type(of: error)): \(error)")
    }
    return 0
}

/// The parts of a mode 1 or 2 input: the bytes between form feeds (at most four parts).
private func split(_ bytes: [UInt8]) -> [[UInt8]] {
    bytes.split(separator: 0x0C, maxSplits: 3, omittingEmptySubsequences: false).map(Array.init)
}

/// What every imported document promises: an extracted text (a plain text keeps what its bytes
/// say) is lines each ended by a line feed, with no NUL; the outline hints point at lines
/// of the text and are heading levels 1…9, and a title is trimmed and not empty.
private func check(_ document: ImportedDocument) {
    let text = document.text
    if document.format != .plainText {
        require(text.isEmpty || text.hasSuffix("\n"), "the text does not end with a line feed")
        require(!text.unicodeScalars.contains("\0"), "NUL in the text of a \(document.format.name) file")
        require(document.encoding == nil, "an encoding for a \(document.format.name) file")
    }
    let lineCount = text.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
    for (line, level) in document.lineLevels {
        require((0..<lineCount).contains(line), "outline hint for line \(line) of \(lineCount)")
        require((1...9).contains(level), "outline level \(level) on line \(line)")
    }
    if let title = document.title {
        require(!title.isEmpty, "an empty title")
        require(!title.unicodeScalars.contains("\0"), "NUL in the title")
        require(title.first?.isWhitespace != true && title.last?.isWhitespace != true, "untrimmed title")
    }
}

/// A ZIP archive of stored (uncompressed) entries, written the way every producer does: local
/// headers with the data, then the central directory, then its end record.
enum StoredZip {
    static func archive(_ entries: [(name: String, data: [UInt8])]) -> [UInt8] {
        var body: [UInt8] = []
        var directory: [UInt8] = []
        for (name, data) in entries {
            let nameBytes = Array(name.utf8)
            let offset = body.count
            let crc = crc32(data)
            // Local file header.
            body += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
            body += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count))
            body += le16(UInt16(nameBytes.count)) + le16(0) + nameBytes + data
            // Central directory header.
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
            directory += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count))
            directory += le16(UInt16(nameBytes.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
            directory += le32(UInt32(offset)) + nameBytes
        }
        let count = UInt16(entries.count)
        let end = le32(0x0605_4B50) + le16(0) + le16(0) + le16(count) + le16(count)
            + le32(UInt32(directory.count)) + le32(UInt32(body.count)) + le16(0)
        return body + directory + end
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> ($0 * 8)) & 0xFF) } }
}
