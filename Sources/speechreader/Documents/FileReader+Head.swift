#if canImport(Glibc)
    import Glibc
#endif

extension FileReader {
    /// The first `count` bytes of the file (fewer when it is shorter): enough to tell its format.
    static func readHead(_ path: String, count: Int) throws -> [UInt8] {
        let file = try openChecked(path)
        defer { close(file.descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        let filled = try bytes.withUnsafeMutableBufferPointer { try FileReader.read(file, into: $0, at: 0) }
        return Array(bytes.prefix(filled))
    }
}
