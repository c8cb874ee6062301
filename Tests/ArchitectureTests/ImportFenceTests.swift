import Foundation
import Testing

/// The layering of the design, checked on the sources. Every target under `Sources/` must be in
/// the table below, with the only modules it may import: a new target, or a new import, that the
/// design does not allow fails here.
@Suite("Import fences")
struct ImportFenceTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sources = root.appendingPathComponent("Sources")

    /// The platform's C library, which several shell targets call directly.
    static let libc: Set<String> = ["Glibc", "Darwin", "Musl"]

    /// What each target may import.
    static let allowed: [String: Set<String>] = [
        // Decoding, the document model, parsing and search: Foundation only.
        "SpeechParser": ["Foundation", "FoundationEssentials"],
        "BundledSpeech": [],
        // Formats: ZIP + XML (.docx, .odt), PDF through pdftotext, HTML through libxml2.
        "DocumentImport": Set([
            "SpeechParser", "ZIPFoundation", "CHTMLParser", "CZlib", "Foundation", "FoundationXML",
            "FoundationEssentials"
        ]).union(libc),
        // Pure: anchors and re-anchoring on top of the parser.
        "Annotations": ["SpeechParser", "Foundation", "FoundationEssentials"],
        // Pure: no terminal, no store, no I/O.
        "ReaderCore": ["SpeechParser", "Annotations", "Foundation", "FoundationEssentials"],
        // The run loop talks to its ports only: no ncurses, no SQLite, no C library.
        "ReaderSession": ["ReaderCore", "Annotations", "SpeechParser"],
        // Persistence only: never the reader core or the terminal.
        "ReaderStore": Set(["Annotations", "SpeechParser", "GRDB", "Foundation"]).union(libc),
        // The only user of ncurses.
        "TerminalUI": Set(["CNCurses", "ReaderCore", "ReaderSession", "Synchronization", "Foundation"]).union(libc),
        // The wiring: everything but ncurses and SQLite directly.
        "speechreader": Set([
            "ArgumentParser", "SpeechParser", "DocumentImport", "BundledSpeech", "Annotations", "ReaderCore",
            "ReaderSession",
            "ReaderStore", "TerminalUI", "Foundation", "TOMLKit", "CMalloc"
        ]).union(libc),
        "speechreader-bench": Set([
            "SpeechParser", "BundledSpeech", "Annotations", "ReaderCore", "ReaderStore", "Foundation"
        ]).union(libc)
    ]

    /// The target folders under `Sources/` that hold Swift files.
    static func swiftTargets() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { name in
            let files = FileManager.default.enumerator(atPath: sources.appendingPathComponent(name).path)
            while let file = files?.nextObject() as? String {
                if file.hasSuffix(".swift") { return true }
            }
            return false
        }.sorted()
    }

    @Test("every target with Swift sources is in the fence table")
    func everyTargetIsFenced() throws {
        let unknown = try Self.swiftTargets().filter { Self.allowed[$0] == nil }
        #expect(unknown.isEmpty, "targets without a fence: \(unknown)")
        #expect(try Self.swiftTargets().count == Self.allowed.count)
    }

    @Test("each target imports only what the design allows", arguments: allowed.keys.sorted())
    func importsAreAllowed(target: String) throws {
        let imports = try SourceImports.imports(under: Self.sources.appendingPathComponent(target))
        let allowed = Self.allowed[target] ?? []
        let offenders = imports.filter { !allowed.contains($0.module) && $0.module != target }
        #expect(offenders.isEmpty, "\(target) imports what it may not: \(offenders.map { "\($0.file): \($0.module)" })")
    }

    @Test("the import reader recognises every form of import")
    func importForms() {
        let cases: [(String, String?)] = [
            ("import Foundation", "Foundation"),
            ("    import Glibc", "Glibc"),
            ("@testable import ReaderCore", "ReaderCore"),
            ("@preconcurrency import GRDB", "GRDB"),
            ("public import SpeechParser", "SpeechParser"),
            ("@_spi(Internal) @preconcurrency internal import CNCurses", "CNCurses"),
            ("import struct Foundation.Date", "Foundation"),
            ("import GRDB.Row", "GRDB"),
            ("\timport TerminalUI", "TerminalUI"),
            ("// import GRDB", nil),
            ("let important = 1", nil),
            ("importance()", nil)
        ]
        for (line, module) in cases {
            #expect(SourceImports.module(importedBy: line) == module, "\(line)")
        }
    }

    @Test("the pure core never reads the clock, files, the environment or the terminal")
    func coreTouchesNothing() throws {
        var offenders: [String] = []
        for target in ["SpeechParser", "Annotations", "ReaderCore", "ReaderSession"] {
            let directory = Self.sources.appendingPathComponent(target)
            let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                guard url.pathExtension == "swift" else { continue }
                let text = try String(contentsOf: url, encoding: .utf8)
                let banned = ["Date()", "FileManager", "FileHandle", "ProcessInfo", "getenv(", "isatty(", "print("]
                for word in banned where text.contains(word) {
                    offenders.append("\(target)/\(url.lastPathComponent): \(word)")
                }
            }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }
}
