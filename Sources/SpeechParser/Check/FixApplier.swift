/// Applies the mechanical repairs of findings to a text.
///
/// Only edits that swap characters one for one are applied (so the fixed text keeps its
/// character count, its lines and its outline); edits that overlap one already taken are
/// skipped. Everything outside the edits is copied byte for byte.
public enum FixApplier {
    /// `text` with the edits of `findings` applied.
    public static func apply(_ findings: [Finding], to text: String) -> String {
        let edits = findings.flatMap(\.edits).sorted { $0.range.lowerBound < $1.range.lowerBound }
        let utf8 = text.utf8
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + edits.count * 2)
        var copied = 0
        for edit in edits where edit.range.lowerBound >= copied && edit.range.upperBound <= utf8.count {
            let start = utf8.index(utf8.startIndex, offsetBy: edit.range.lowerBound)
            let end = utf8.index(utf8.startIndex, offsetBy: edit.range.upperBound)
            let replaced = Substring(utf8[start..<end])
            guard replaced.unicodeScalars.count == edit.replacement.unicodeScalars.count,
                replaced.count == edit.replacement.count
            else { continue }
            bytes += utf8[utf8.index(utf8.startIndex, offsetBy: copied)..<start]
            bytes += edit.replacement.utf8
            copied = edit.range.upperBound
        }
        bytes += utf8[utf8.index(utf8.startIndex, offsetBy: copied)...]
        return String(decoding: bytes, as: UTF8.self)
    }
}
