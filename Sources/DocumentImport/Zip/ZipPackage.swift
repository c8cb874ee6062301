import Foundation
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A .docx or .odt package: a ZIP archive read entry by entry with a cap on what inflating may
/// produce, counted while inflating (a ZIP bomb lies in its declared sizes).
struct ZipPackage {
    /// At most this many bytes are inflated from one entry, and from all entries together.
    static let defaultLimit = 64 << 20

    private let archive: Archive
    /// The archive's bytes, from which a compressed entry is inflated (`ZipEntryBytes`).
    private let bytes: [UInt8]
    private let limit: Int
    /// Bytes still allowed to be inflated, over all entries.
    private var budget: Int

    /// Opens the archive in `bytes`; throws `DocumentImportError.damaged` when it is not one.
    ///
    /// The bytes are read from a private temporary file (removed at once; the archive keeps it
    /// open), not through ZIPFoundation's in-memory archive: that one traps when an offset in the
    /// archive points past its end (found by the ImportFormats fuzz target), where a file read
    /// just comes up short and ZIPFoundation reports the archive unreadable. Only when no
    /// temporary file can be written are the bytes read in memory.
    init(bytes: [UInt8], limit: Int = defaultLimit) throws {
        do {
            if let url = Self.temporaryCopy(of: bytes) {
                defer { unlink(url.path) }
                archive = try Archive(url: url, accessMode: .read)
            } else {
                archive = try Archive(data: Data(bytes), accessMode: .read)
            }
        } catch {
            throw DocumentImportError.damaged(format: .zipArchive, detail: "not a readable ZIP archive")
        }
        self.bytes = bytes
        self.limit = limit
        budget = limit
    }

    /// `bytes` written to a new file readable by this user only, or nil when that fails.
    private static func temporaryCopy(of bytes: [UInt8]) -> URL? {
        var template = Array((NSTemporaryDirectory() + "/speechreader-XXXXXX.zip").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else {
                unlink(path)
                return nil
            }
            written += count
        }
        return URL(fileURLWithPath: path)
    }

    /// Whether the archive has an entry at `path`.
    func contains(_ path: String) -> Bool {
        archive[path] != nil
    }

    /// The inflated bytes of the entry at `path`, or nil when there is none. Throws
    /// `.tooLarge` past the cap and `.damaged(format:)` when the entry cannot be inflated or its
    /// checksum is wrong (also what an encrypted entry looks like).
    mutating func read(_ path: String, format: DocumentFormat) throws -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        guard entry.type == .file else { return nil }
        let cap = min(limit, budget)
        // Declared sizes are checked first only to fail fast; the real check is while inflating.
        guard entry.uncompressedSize <= UInt64(cap) else { throw DocumentImportError.tooLarge(limit: limit) }
        let damaged = DocumentImportError.damaged(format: format, detail: "the entry \(path) cannot be decompressed")
        if entry.isCompressed {
            // Inflated here from the entry's own bytes: ZIPFoundation would read on past them.
            guard let stored = try ZipEntryBytes.find(path, in: self.bytes, format: format), stored.method == 8 else {
                throw damaged
            }
            let inflated = try ZipInflater.inflate(self.bytes[stored.range], cap: cap, limit: limit, damaged: damaged)
            guard ZipInflater.checksum(inflated) == stored.checksum else { throw damaged }
            budget -= inflated.count
            return inflated
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        var exceeded = false
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= cap else {
                    exceeded = true
                    throw DocumentImportError.tooLarge(limit: limit)
                }
                bytes.append(contentsOf: chunk)
            }
        } catch {
            if exceeded { throw DocumentImportError.tooLarge(limit: limit) }
            throw damaged
        }
        budget -= bytes.count
        return bytes
    }
}
