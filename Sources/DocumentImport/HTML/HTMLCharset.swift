import SpeechParser

/// Decodes the bytes of a saved web page: a byte-order mark decides, else `<meta charset>` (or
/// `http-equiv` … `charset=`), else what `SpeechDecoder` recognises. Chinese sites still serve
/// GB2312/GBK pages, which GB18030 decodes.
public enum HTMLCharset {
    /// The charset the page declares in its first 4 KiB, lowercased, or nil.
    public static func declared(in bytes: [UInt8]) -> String? {
        let head = asciiLowercasedHead(bytes, limit: 4096)
        guard let found = head.range(of: "charset=") else { return nil }
        var name = ""
        for character in head[found.upperBound...] {
            if character == "\"" || character == "'" {
                if name.isEmpty { continue }
                break
            }
            guard character.isLetter || character.isNumber || character == "-" || character == "_" else { break }
            name.append(character)
        }
        return name.isEmpty ? nil : name
    }

    /// The page's text.
    public static func decode(_ bytes: [UInt8]) throws -> String {
        let hasBOM =
            bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0xFE, 0xFF])
        if !hasBOM, let charset = declared(in: bytes),
            ["gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn"].contains(charset)
        {
            // Declared GBK is decoded as GBK even when the bytes happen to be valid UTF-8.
            if let text = try? SpeechDecoder.decodeGB18030(bytes) { return text }
        }
        do {
            return try SpeechDecoder.decode(bytes).text
        } catch let error as SpeechParserError {
            throw DocumentImportError.undecodable(detail: error.description)
        }
    }

    /// The first `limit` bytes with ASCII letters lowercased and every other byte as `?`: enough
    /// to find tags and attributes whatever the page's encoding.
    static func asciiLowercasedHead(_ bytes: [UInt8], limit: Int) -> String {
        let mapped = bytes.prefix(limit).map { byte -> UInt8 in
            if byte >= 0x80 { return UInt8(ascii: "?") }
            return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        }
        return String(decoding: mapped, as: UTF8.self)
    }
}

extension HTMLCharset {
    /// `html` with the charset named in its first `charset=` declaration replaced by `utf-8`.
    static func declaringUTF8(_ html: String) -> String {
        let lowered = html.prefix(8192).lowercased()
        guard let found = lowered.firstRange(of: "charset=") else { return html }
        let offset = lowered.distance(from: lowered.startIndex, to: found.upperBound)
        guard offset <= html.count else { return html }
        var start = html.index(html.startIndex, offsetBy: offset)
        while start < html.endIndex, html[start] == "\"" || html[start] == "'" { start = html.index(after: start) }
        var end = start
        while end < html.endIndex, html[end].isLetter || html[end].isNumber || html[end] == "-" || html[end] == "_" {
            end = html.index(after: end)
        }
        return html.replacingCharacters(in: start..<end, with: "utf-8")
    }
}
