extension SpeechDecoder {
    /// Decodes `bytes` as GB18030 (a superset of GBK and GB2312) whatever else they might be:
    /// for callers that know the encoding, such as a web page that declares `charset=gbk`.
    /// Throws `SpeechParserError.undecodable` when the bytes are not GB18030.
    public static func decodeGB18030(_ bytes: [UInt8]) throws -> String {
        guard let text = GB18030Decoder.decode(bytes) else {
            throw SpeechParserError.undecodable(detail: "declared GB18030/GBK/GB2312 but the bytes are not")
        }
        return text
    }
}
