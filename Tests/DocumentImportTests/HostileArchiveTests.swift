import Foundation
import Testing
import ZIPFoundation

@testable import DocumentImport

@Suite("Hostile archives")
struct HostileArchiveTests {
    /// A .docx-shaped archive whose document.xml inflates to `size` bytes of one repeated byte.
    static func archive(documentSize size: Int) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let body = Data(repeating: 0x20, count: size)
        try archive.addEntry(
            with: "word/document.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate,
            provider: { position, length in body.subdata(in: Int(position)..<Int(position) + length) })
        return [UInt8](archive.data ?? Data())
    }

    @Test("inflating past the cap stops with .tooLarge, counted while inflating")
    func zipBomb() throws {
        let bytes = try Self.archive(documentSize: 4 << 20)
        #expect(bytes.count < 64 << 10)  // compresses a thousandfold: a bomb in miniature
        var package = try ZipPackage(bytes: bytes, limit: 1 << 20)
        #expect(throws: DocumentImportError.tooLarge(limit: 1 << 20)) {
            _ = try package.read("word/document.xml", format: .docx)
        }
    }

    @Test("not a ZIP, and a ZIP that is neither .docx nor .odt, are one-line errors")
    func notADocument() throws {
        #expect(throws: DocumentImportError.self) {
            try DocumentImporter.importDocument([0x50, 0x4B, 0x03, 0x04, 1, 2])
        }
        let archive = try Archive(data: Data(), accessMode: .create)
        let hello = Data("hi".utf8)
        try archive.addEntry(
            with: "hello.txt", type: .file, uncompressedSize: Int64(2), compressionMethod: .none,
            provider: { position, length in hello.subdata(in: Int(position)..<Int(position) + length) })
        #expect(throws: DocumentImportError.unsupportedArchive) {
            try DocumentImporter.importDocument([UInt8](archive.data ?? Data()))
        }
    }
}
