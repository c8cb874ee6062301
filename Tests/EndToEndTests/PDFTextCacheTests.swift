import Foundation
import TestSupport
import Testing

@testable import speechreader

/// `pdftotext`'s output is kept by the PDF's content: a PDF opened again needs no conversion, and
/// text is never taken for other bytes than it was made from.
@Suite("PDF text cache")
struct PDFTextCacheTests {
    static let speechPDF = Repository.root.appendingPathComponent("Tests/Fixtures/formats/speech.pdf").path

    /// A cache in a fresh directory, and a converter that counts its calls.
    final class Counter: @unchecked Sendable {
        var calls = 0
        func convert(_ bytes: [UInt8]) -> String {
            calls += 1
            return "text of \(bytes.count) bytes, call \(calls)"
        }
    }

    @Test("the same bytes are converted once; other bytes of the same size are converted again")
    func convertsOnce() throws {
        let scratch = try CommandLineScratch()
        let cache = PDFTextCache(directory: scratch.url.appendingPathComponent("pdf-text").path)
        let counter = Counter()
        let first = try cache.text(ofPDF: [1, 2, 3], convert: counter.convert)
        #expect(try cache.text(ofPDF: [1, 2, 3], convert: counter.convert) == first)
        #expect(counter.calls == 1)
        let other = try cache.text(ofPDF: [1, 2, 4], convert: counter.convert)
        #expect(other != first && counter.calls == 2)
    }

    @Test("an entry whose check line does not match its bytes is not used, and is replaced")
    func damagedEntryIsNotUsed() throws {
        let scratch = try CommandLineScratch()
        let directory = scratch.url.appendingPathComponent("pdf-text").path
        let cache = PDFTextCache(directory: directory)
        let counter = Counter()
        _ = try cache.text(ofPDF: [9, 9], convert: counter.convert)
        let entry = directory + "/" + PDFTextCache.Key([9, 9]).fileName
        try Data("speechreader pdftotext 1 0000000000000000\nwrong text".utf8).write(to: URL(fileURLWithPath: entry))
        let again = try cache.text(ofPDF: [9, 9], convert: counter.convert)
        #expect(again == "text of 2 bytes, call 2")
        #expect(try cache.text(ofPDF: [9, 9], convert: counter.convert) == again && counter.calls == 2)
    }

    @Test("beyond its capacity the least recently used entries go")
    func prunes() throws {
        let scratch = try CommandLineScratch()
        let directory = scratch.url.appendingPathComponent("pdf-text").path
        var cache = PDFTextCache(directory: directory)
        cache.capacity = 2
        let counter = Counter()
        for byte: UInt8 in [1, 2, 3] {
            _ = try cache.text(ofPDF: [byte], convert: counter.convert)
            // Modification times a second apart, so the order is unambiguous.
            let entry = directory + "/" + PDFTextCache.Key([byte]).fileName
            let date = Date(timeIntervalSince1970: 1_000_000 + Double(byte))
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: entry)
        }
        _ = try cache.text(ofPDF: [4], convert: counter.convert)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names.count == 2)
        #expect(!names.contains(PDFTextCache.Key([1]).fileName) && !names.contains(PDFTextCache.Key([2]).fileName))
    }

    @Test("a temporary file left by a write that never finished goes once it is stale, a recent one stays")
    func leftoverTemporaries() throws {
        let scratch = try CommandLineScratch()
        let directory = scratch.url.appendingPathComponent("pdf-text").path
        let cache = PDFTextCache(directory: directory)
        let counter = Counter()
        _ = try cache.text(ofPDF: [1], convert: counter.convert)
        let stale = directory + "/" + PDFTextCache.Key([2]).fileName + ".4242.tmp"
        let recent = directory + "/" + PDFTextCache.Key([3]).fileName + ".4343.tmp"
        for path in [stale, recent] {
            #expect(FileManager.default.createFile(atPath: path, contents: Data("half".utf8)))
        }
        let old = Date().addingTimeInterval(-PDFTextCache.staleTemporaryAge - 60)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: stale)
        _ = try cache.text(ofPDF: [4], convert: counter.convert)
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: recent))
        #expect(try cache.text(ofPDF: [1], convert: counter.convert) == "text of 1 bytes, call 1")
    }

    @Test("a cache directory that cannot be made costs nothing but the cache")
    func unusableDirectory() throws {
        let scratch = try CommandLineScratch()
        let blocker = try scratch.file("blocker", [0])
        let cache = PDFTextCache(directory: blocker + "/pdf-text")
        let counter = Counter()
        #expect(try cache.text(ofPDF: [5], convert: counter.convert) == "text of 1 bytes, call 1")
        #expect(try cache.text(ofPDF: [5], convert: counter.convert) == "text of 1 bytes, call 2")
    }

    @Test(
        "the speech's PDF opened once gives the same outline without pdftotext; a changed copy does not",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")))
    func reopenedWithoutTool() throws {
        let binary = try SpeechreaderBinary.path()
        let scratch = try CommandLineScratch()
        var environment = [
            "HOME": scratch.url.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
            "XDG_CACHE_HOME": scratch.url.appendingPathComponent("cache").path,
            "XDG_DATA_HOME": scratch.url.appendingPathComponent("data").path
        ]
        let first = try ChildProcess.run(binary, ["outline", "--tsv", Self.speechPDF], environment: environment)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("溯源固本"))
        environment["PATH"] = scratch.url.appendingPathComponent("no-tools").path
        let again = try ChildProcess.run(binary, ["outline", "--tsv", Self.speechPDF], environment: environment)
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output == first.output)
        // One byte more at the end: pdftotext would still read it, but it is not the file cached.
        var bytes = try Repository.bytes(of: URL(fileURLWithPath: Self.speechPDF))
        bytes.append(0x0A)
        let changed = try scratch.file("changed.pdf", bytes)
        let refused = try ChildProcess.run(binary, ["outline", "--tsv", changed], environment: environment)
        #expect(refused.status != 0)
        #expect(refused.errors.contains("pdftotext"), "\(refused.errors)")
    }
}
