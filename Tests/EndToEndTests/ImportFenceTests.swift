import Foundation
import TestSupport
import Testing

/// The layering of the design, checked on the sources: only TerminalUI touches ncurses, only the
/// store (and the executable's wiring) touches GRDB, and the pure core never reaches for the
/// terminal, the file system or the clock.
struct ImportFenceTests {
    static let sources = Repository.sources

    func imports(inTarget target: String) throws -> [(file: String, module: String)] {
        let directory = Self.sources.appendingPathComponent(target)
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        var found: [(String, String)] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n")
            where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
                let module = line.split(separator: " ").last.map(String.init) ?? ""
                found.append((url.lastPathComponent, module))
            }
        }
        return found
    }

    @Test(arguments: ["SpeechParser", "ReaderCore", "ReaderStore", "TerminalUI", "BundledSpeech", "speechreader"])
    func onlyTerminalUIImportsCurses(target: String) throws {
        let offenders = try imports(inTarget: target).filter { $0.module == "CNCurses" }
        #expect(target == "TerminalUI" || offenders.isEmpty, "\(offenders)")
    }

    @Test(arguments: ["SpeechParser", "ReaderCore", "TerminalUI", "BundledSpeech"])
    func grdbStaysInTheStore(target: String) throws {
        let offenders = try imports(inTarget: target).filter { $0.module == "GRDB" }
        #expect(offenders.isEmpty, "\(offenders)")
    }

    @Test func parserImportsFoundationOnly() throws {
        let modules = Set(try imports(inTarget: "SpeechParser").map(\.module))
        #expect(modules.isSubset(of: ["Foundation", "Glibc"]), "\(modules)")
    }

    @Test func coreImportsNoTerminalNoStore() throws {
        // DESIGN.md: ReaderCore may import SpeechParser and Annotations (and Foundation).
        let modules = Set(try imports(inTarget: "ReaderCore").map(\.module))
        #expect(modules.isSubset(of: ["Foundation", "SpeechParser", "Annotations"]), "\(modules)")
    }

    @Test func coreNeverReadsTheClockOrFiles() throws {
        let directory = Self.sources.appendingPathComponent("ReaderCore")
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        var offenders: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for banned in ["Date()", "FileManager", "FileHandle", "ProcessInfo", "getenv("] where text.contains(banned)
            {
                offenders.append("\(url.lastPathComponent): \(banned)")
            }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }
}
