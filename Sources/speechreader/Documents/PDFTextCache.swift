import Foundation
import SpeechParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `pdftotext` printed for the PDFs opened before, kept by their content, so that opening a
/// PDF again is about as fast as opening a text file (`pdftotext` alone takes several times the
/// whole open of the same speech as .txt).
///
/// An entry is named by the PDF's FNV-1a hash and size, and starts with a second, independent
/// hash of the PDF: text is only ever taken for the very bytes it was made from. The cache is an
/// optimisation and nothing more: an entry that cannot be read or written is skipped silently,
/// a new entry is written whole (a temporary file, then a rename), and the oldest entries go
/// beyond `capacity`. It lives in `$XDG_CACHE_HOME/speechreader/pdf-text`, else
/// `~/.cache/speechreader/pdf-text`.
struct PDFTextCache {
    /// The cache directory.
    let directory: String
    /// How many entries are kept.
    var capacity = 200

    /// The cache for this process's environment; nil when there is no home to put it in.
    static func current() -> PDFTextCache? {
        if let cache = getenv("XDG_CACHE_HOME").map({ String(cString: $0) }), cache.hasPrefix("/") {
            return PDFTextCache(directory: cache + "/speechreader/pdf-text")
        }
        guard let home = getenv("HOME").map({ String(cString: $0) }), home.hasPrefix("/") else { return nil }
        return PDFTextCache(directory: home + "/.cache/speechreader/pdf-text")
    }

    /// The text of the PDF in `bytes`: the cached one, else `convert`'s, which is then kept.
    func text(ofPDF bytes: [UInt8], convert: ([UInt8]) throws -> String) throws -> String {
        let key = Key(bytes)
        let path = directory + "/" + key.fileName
        if let cached = read(path, key: key) { return cached }
        let text = try convert(bytes)
        write(text, to: path, key: key)
        return text
    }

    /// An entry's identity: the file name carries the FNV-1a hash and size, the first line a
    /// second hash (multiplier 31, from another seed), checked on every read.
    struct Key {
        let fnv: UInt64
        let second: UInt64
        let count: Int

        init(_ bytes: [UInt8]) {
            fnv = TextHash.fnv1a64(of: bytes)
            second = bytes.reduce(0x9e37_79b9_7f4a_7c15) { $0 &* 31 &+ UInt64($1) }
            count = bytes.count
        }

        var fileName: String { hex(fnv) + "-" + String(count) + ".txt" }
        var header: String { "speechreader pdftotext 1 " + hex(second) + "\n" }

        private func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
    }

    private func read(_ path: String, key: Key) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let header = Array(key.header.utf8)
        guard data.count >= header.count, data.prefix(header.count).elementsEqual(header) else { return nil }
        // Touched, so that pruning removes the entries read least recently.
        _ = utimes(path, nil)
        return String(decoding: data.dropFirst(header.count), as: UTF8.self)
    }

    /// Writes the entry through one temporary file of its own, then renames it. Not through
    /// `FileManager.createFile`, which writes a temporary file of its own (`.dat.nosync…`) and
    /// renames that: two renames, and a write cut short left a file pruning could not recognise.
    private func write(_ text: String, to path: String, key: Key) {
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return
        }
        let temporary = path + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        let written = InPlaceWriter.writeAll(Array((key.header + text).utf8), to: descriptor)
        close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            _ = unlink(temporary)
            return
        }
        prune()
    }

    /// Removes temporary files that a write never finished (its process was killed before the
    /// rename) once they are older than `staleTemporaryAge`, so they cannot pile up unseen; and
    /// the entries beyond `capacity`, least recently used first.
    private func prune() {
        let files = FileManager.default
        guard let names = try? files.contentsOfDirectory(atPath: directory) else { return }
        let modified = { (name: String) -> (path: String, date: Date) in
            let path = directory + "/" + name
            let date = (try? files.attributesOfItem(atPath: path))?[.modificationDate] as? Date
            return (path, date ?? .distantPast)
        }
        let now = Date()
        // A younger one may be another process's write in progress.
        for temporary in names.filter({ $0.hasSuffix(".tmp") }).map(modified)
        where now.timeIntervalSince(temporary.date) > Self.staleTemporaryAge {
            _ = unlink(temporary.path)
        }
        let entries = names.filter { $0.hasSuffix(".txt") }
        guard entries.count > capacity else { return }
        for entry in entries.map(modified).sorted(by: { $0.date < $1.date }).prefix(entries.count - capacity) {
            _ = unlink(entry.path)
        }
    }

    /// How old a temporary file must be to count as left behind: far longer than any write.
    static let staleTemporaryAge: TimeInterval = 600
}
