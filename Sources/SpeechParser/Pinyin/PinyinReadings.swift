/// The pinyin readings of the Han characters of one text, computed once per distinct character.
///
/// Readings come from ICU (`PinyinTransliterator`) merged with `PolyphoneTable`, so a polyphonic
/// character answers to each of its common readings; a reading with ü is also spelt with `u`
/// (`lv` and `lu` for 绿). Build one per document and keep it: it is the costly part of a pinyin
/// search (ICU's transliterator loads its data on first use).
public struct PinyinReadings: Sendable {
    /// Distinct readings, as ASCII bytes; `ids` points into it.
    let readingSets: [[[UInt8]]]
    /// Character → index into `readingSets`.
    let ids: [Unicode.Scalar: Int]

    /// The readings of every distinct Han character of `text`.
    public init(text: String) {
        // A bit per code point rather than a set: one hash insertion for each of the millions of
        // Han characters of a large text took most of a second.
        var seen = [UInt64](repeating: 0, count: 0x110000 / 64)
        for scalar in text.unicodeScalars where HanScript.isHan(scalar.value) {
            seen[Int(scalar.value) >> 6] |= 1 << UInt64(scalar.value & 63)
        }
        var distinct: [Unicode.Scalar] = []
        for (word, bits) in seen.enumerated() where bits != 0 {
            for bit in 0..<64 where bits & (1 << UInt64(bit)) != 0 {
                if let scalar = Unicode.Scalar(UInt32(word << 6 | bit)) { distinct.append(scalar) }
            }
        }
        self.init(characters: distinct)
    }

    /// The readings of `characters` (non-Han ones are ignored).
    public init(characters: some Sequence<Unicode.Scalar>) {
        var sets: [[[UInt8]]] = []
        var ids: [Unicode.Scalar: Int] = [:]
        var setIDs: [[[UInt8]]: Int] = [:]
        for scalar in characters where HanScript.isHan(scalar.value) && ids[scalar] == nil {
            let readings = Self.computeReadings(of: scalar)
            guard !readings.isEmpty else { continue }
            if let id = setIDs[readings] {
                ids[scalar] = id
            } else {
                setIDs[readings] = sets.count
                ids[scalar] = sets.count
                sets.append(readings)
            }
        }
        readingSets = sets
        self.ids = ids
    }

    /// The readings of `scalar` (empty when it is not a Han character of the text).
    public func readings(of scalar: Unicode.Scalar) -> [String] {
        guard let id = ids[scalar] else { return [] }
        return readingSets[id].map { String(decoding: $0, as: UTF8.self) }
    }

    /// How many distinct characters have readings.
    public var characterCount: Int { ids.count }

    private static func computeReadings(of scalar: Unicode.Scalar) -> [[UInt8]] {
        var readings: [String] = []
        if let icu = PinyinTransliterator.reading(of: scalar) { readings.append(icu) }
        readings += PolyphoneTable.readings[scalar] ?? []
        var result: [[UInt8]] = []
        for reading in readings {
            for spelling in [reading, reading.replacingV()] where !result.contains(Array(spelling.utf8)) {
                result.append(Array(spelling.utf8))
            }
        }
        return result
    }
}

extension String {
    /// `lv` → `lu`: the spelling without ü that many people type.
    fileprivate func replacingV() -> String {
        String(map { $0 == "v" ? "u" : $0 })
    }
}
