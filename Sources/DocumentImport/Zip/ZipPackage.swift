import Foundation
import ZIPFoundation

/// A .docx or .odt package: a ZIP archive read entry by entry with a cap on what inflating may
/// produce, counted while inflating (a ZIP bomb lies in its declared sizes).
struct ZipPackage {
    /// At most this many bytes are inflated from one entry, and from all entries together.
    static let defaultLimit = 64 << 20

    private let archive: Archive
    private let limit: Int
    /// Bytes still allowed to be inflated, over all entries.
    private var budget: Int

    /// Opens the archive in `bytes`; throws `DocumentImportError.damaged` when it is not one.
    init(bytes: [UInt8], limit: Int = defaultLimit) throws {
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw DocumentImportError.damaged(format: .zipArchive, detail: "not a readable ZIP archive")
        }
        self.limit = limit
        budget = limit
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
            throw DocumentImportError.damaged(format: format, detail: "the entry \(path) cannot be decompressed")
        }
        budget -= bytes.count
        return bytes
    }
}
