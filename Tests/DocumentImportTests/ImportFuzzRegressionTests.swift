import Foundation
import Testing
import ZIPFoundation

@testable import DocumentImport

/// Inputs found by the ImportFormats fuzz target (Fuzz/README.md): each crashed or broke a
/// promise of the importer before its fix.
@Suite("Import fuzz regressions")
struct ImportFuzzRegressionTests {
    /// An archive holding `entries` stored as they are.
    static func archive(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in entries {
            let data = Data(bytes)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none,
                provider: { position, length in data.subdata(in: Int(position)..<Int(position) + length) })
        }
        return [UInt8](archive.data ?? Data())
    }

    /// A .docx whose deflated entry does not end within its bytes (the fuzzer's input, kept in
    /// `Tests/Fixtures/fuzz`): ZIPFoundation read on to the end of the file and then nothing,
    /// forever, and the reader hung. Inflated from the entry's own bytes, it is a damaged file.
    @Test("a deflated entry that does not end within its bytes is a damaged file, at once")
    func deflateRunningPastTheEntry() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz/import-deflate-past-end.zip")
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect(throws: DocumentImportError.self) { _ = try DocumentImporter.importDocument(bytes) }
    }

    @Test("a deflated entry cut short, or pointing past the archive, is a damaged file")
    func truncatedDeflate() throws {
        let text = Array(String(repeating: "<w:p>一、总体要求</w:p>", count: 400).utf8)
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(
            with: "word/document.xml", type: .file, uncompressedSize: Int64(text.count), compressionMethod: .deflate,
            provider: { position, length in Data(text[Int(position)..<(Int(position) + length)]) })
        let whole = [UInt8](archive.data ?? Data())
        var package = try ZipPackage(bytes: whole)
        #expect(try package.read("word/document.xml", format: .docx) == text)
        let entry = try #require(try ZipEntryBytes.find("word/document.xml", in: whole, format: .docx))
        // The stream cut in half: the rest of the entry's bytes zeroed.
        var cut = whole
        for index in (entry.range.lowerBound + entry.range.count / 2)..<entry.range.upperBound { cut[index] = 0 }
        var damaged = try ZipPackage(bytes: cut)
        #expect(throws: DocumentImportError.self) { _ = try damaged.read("word/document.xml", format: .docx) }
        #expect(ZipInflater.checksum(text) == entry.checksum)
    }

    /// `<w:document><w:body><w:XX/></w:body></w:document>` with XX two bytes that are not UTF-8:
    /// libxml2 hands the name through and Foundation's XMLParser trapped converting it (SIGILL),
    /// so a damaged .docx or .odt killed the reader. The fuzzer's input was an .odt whose
    /// content.xml had a run of 0xFB bytes inserted after `<text:`.
    static let badName: [UInt8] =
        Array("<w:document><w:body><w:".utf8) + [0xFB, 0xFB] + Array("/></w:body></w:document>".utf8)

    @Test("an XML part with a name that is not UTF-8 is a damaged file, not a crash")
    func elementNameNotUTF8() throws {
        #expect(throws: DocumentImportError.damaged(format: .docx, detail: "word/document.xml is not UTF-8 text")) {
            _ = try XMLTreeParser.parse(Self.badName, part: "word/document.xml", format: .docx)
        }
        let docx = try Self.archive([("word/document.xml", Self.badName)])
        #expect(throws: DocumentImportError.damaged(format: .docx, detail: "word/document.xml is not UTF-8 text")) {
            _ = try DocumentImporter.importDocument(docx)
        }
        let content =
            Array("<office:document-content><office:body><office:text><text:".utf8) + [0xFB, 0xFB]
            + Array("/></office:text></office:body></office:document-content>".utf8)
        let odt = try Self.archive([
            ("mimetype", Array("application/vnd.oasis.opendocument.text".utf8)), ("content.xml", content)
        ])
        #expect(throws: DocumentImportError.damaged(format: .odt, detail: "content.xml is not UTF-8 text")) {
            _ = try DocumentImporter.importDocument(odt)
        }
        let flat =
            Array(
                "<?xml version=\"1.0\"?><office:document office:mimetype=\"application/vnd.oasis.opendocument.text\"><x:"
                    .utf8) + [0xC0, 0xAF] + Array("/></office:document>".utf8)
        #expect(throws: DocumentImportError.self) { _ = try DocumentImporter.importDocument(flat) }
    }

    @Test("UTF-8 with a byte-order mark and UTF-16 parts still read")
    func encodingsStillRead() throws {
        let xml = "<w:document><w:body><w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p></w:body></w:document>"
        let withBOM: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(xml.utf8)
        #expect(try DocumentImporter.importDocument(Self.archive([("word/document.xml", withBOM)])).text == "一、总体要求\n")
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try DocumentImporter.importDocument(Self.archive([("word/document.xml", utf16)])).text == "一、总体要求\n")
    }

    /// A .docx whose end record puts the central directory past the end of the file (the
    /// fuzzer's input: a committed .docx with bytes cut out of its middle): ZIPFoundation's
    /// in-memory archive trapped reading there ("Range requires lowerBound <= upperBound").
    @Test("an archive whose offsets point past its end is damaged, not a crash")
    func offsetsPastTheEnd() throws {
        var bytes = try Self.archive([("word/document.xml", Array("<w:document/>".utf8))])
        let end = try #require(bytes.count >= 22 ? bytes.count - 22 : nil)
        #expect(bytes[end..<end + 4].elementsEqual([0x50, 0x4B, 0x05, 0x06]))
        let pastTheEnd = UInt32(bytes.count + 1000)
        for index in 0..<4 { bytes[end + 16 + index] = UInt8(pastTheEnd >> (8 * UInt32(index)) & 0xFF) }
        #expect(throws: DocumentImportError.self) { _ = try DocumentImporter.importDocument(bytes) }
        // An entry whose local header lies past the end, through the central directory.
        var entry = try Self.archive([("word/document.xml", Array("<w:document/>".utf8))])
        let directory = Int(entry[entry.count - 6]) | Int(entry[entry.count - 5]) << 8
        for index in 0..<4 { entry[directory + 42 + index] = 0x7F }
        #expect(throws: DocumentImportError.self) { _ = try DocumentImporter.importDocument(entry) }
    }

    /// `w:outlineLvl` is 0…8 (9 is body text); a negative value, on the paragraph or its style,
    /// became a negative outline level (the target's invariant: levels are 1…9).
    @Test("a negative w:outlineLvl is body text, not a negative level")
    func negativeOutlineLevel() throws {
        let document =
            "<w:document><w:body><w:p><w:pPr><w:outlineLvl w:val=\"-5\"/></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Odd\"/></w:pPr><w:r><w:t>乙</w:t></w:r></w:p></w:body></w:document>"
        let styles =
            "<w:styles><w:style w:type=\"paragraph\" w:styleId=\"Odd\"><w:name w:val=\"Odd\"/>"
            + "<w:pPr><w:outlineLvl w:val=\"-2\"/></w:pPr></w:style></w:styles>"
        let bytes = try Self.archive([
            ("word/document.xml", Array(document.utf8)), ("word/styles.xml", Array(styles.utf8))
        ])
        let imported = try DocumentImporter.importDocument(bytes)
        #expect(imported.text == "甲\n乙\n")
        #expect(imported.lineLevels.isEmpty)
    }
}
