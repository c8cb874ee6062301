/// Recognises a file's format from its first bytes, never from its name: people rename files,
/// and mail clients and chat apps drop or change extensions.
public enum FormatSniffer {
    private static let ole2: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    private static let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    private static let pdf: [UInt8] = Array("%PDF-".utf8)

    /// The format of `bytes`. A ZIP archive is `.zipArchive` here: whether it is a .docx or an
    /// .odt is decided by its entries (`ZipDocument`).
    public static func format(of bytes: [UInt8]) -> DocumentFormat {
        if bytes.starts(with: ole2) { return .legacyOffice }
        if bytes.starts(with: zip) { return .zipArchive }
        // The PDF header may follow a little junk (some generators, mail gateways).
        if firstIndex(of: pdf, in: bytes.prefix(1024)) != nil { return .pdf }
        if looksLikeFlatOpenDocument(bytes) { return .odt }
        if looksLikeHTML(bytes) { return .html }
        return .plainText
    }

    /// A web page starts, after a byte-order mark, white space and comments, with `<` and shows a
    /// doctype, an `<html` tag or a `<meta … charset` in its first 4 KiB. A text that merely
    /// mentions `<html>` somewhere is still a text.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        // Told apart on the first byte that is not white space, before the head is copied and
        // lowercased: most files opened are texts.
        guard bytes.prefix(4096).first(where: { !Self.isSpace($0) }) == UInt8(ascii: "<") else { return false }
        let head = HTMLCharset.asciiLowercasedHead(bytes, limit: 4096)
        if head.contains("<!doctype html") || head.contains("<html") { return true }
        guard let meta = head.range(of: "<meta") else { return false }
        return head[meta.lowerBound...].contains("charset")
    }

    /// A flat OpenDocument text (`.fodt`): XML whose root is `office:document` of a text type.
    static func looksLikeFlatOpenDocument(_ bytes: [UInt8]) -> Bool {
        guard bytes.first == UInt8(ascii: "<") else { return false }
        let head = HTMLCharset.asciiLowercasedHead(bytes, limit: 4096)
        return head.hasPrefix("<?xml") && head.contains("<office:document")
            && head.contains("application/vnd.oasis.opendocument.text")
    }

    /// The white space `looksLikeHTML` skips before the first tag.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    private static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
