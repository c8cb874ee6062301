/// Which scalars are Han characters (the ones that have pinyin readings).
enum HanScript {
    /// CJK Unified Ideographs, Extension A, the compatibility block, and Extensions B and later.
    static func isHan(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x3134F).contains(value)
    }
}
