import Annotations
import Foundation

/// The W3C Web Annotation shapes the JSON exports write and the imports read: a collection of
/// annotations, each with a `TextualBody` and a `target.selector` holding a `TextQuoteSelector`
/// and a `TextPositionSelector` (UTF-8 offsets, `"unit": "utf8"`). Beyond the W3C model each
/// item carries its `state`, its `nodePath` and, under `anchor`, the selectors it was made with,
/// so an import into the same text places it exactly as the export did.
enum AnnotationJSON {
    struct Collection: Codable {
        var context = "http://www.w3.org/ns/anno.jsonld"
        var type = "AnnotationCollection"
        var label: String
        var source: String
        var total: Int
        var items: [Item]

        enum CodingKeys: String, CodingKey {
            case context = "@context"
            case type, label, source, total, items
        }

        init(label: String, source: String, total: Int, items: [Item]) {
            self.label = label
            self.source = source
            self.total = total
            self.items = items
        }

        /// Only `items` is required: a hand-made collection need not repeat the rest.
        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            context = try container.decodeIfPresent(String.self, forKey: .context) ?? context
            type = try container.decodeIfPresent(String.self, forKey: .type) ?? type
            label = try container.decodeIfPresent(String.self, forKey: .label) ?? ""
            source = try container.decodeIfPresent(String.self, forKey: .source) ?? ""
            items = try container.decode([Item].self, forKey: .items)
            total = items.count
        }
    }

    struct Item: Codable {
        var id: String
        var type = "Annotation"
        var motivation: String
        var created: Date
        var modified: Date?
        var body: Body?
        var target: Target
        var state: String?
        var nodePath: String?
        var anchor: Anchor?
    }

    struct Body: Codable {
        var type = "TextualBody"
        var format = "text/plain"
        var value: String
    }

    struct Target: Codable {
        var source: String?
        var selector: [Selector]
    }

    /// The anchor as it was made (speechreader's extension of the W3C item).
    struct Anchor: Codable {
        var selector: [Selector]
        var nodePath: String
    }

    /// Either selector; nil fields are left out.
    struct Selector: Codable {
        var type: String
        var exact: String?
        var prefix: String?
        var suffix: String?
        var start: Int?
        var end: Int?
        var unit: String?
    }

    /// The two selectors of an anchor.
    static func selectors(of anchor: TextAnchor) -> [Selector] {
        [
            Selector(
                type: "TextQuoteSelector", exact: anchor.quote.exact, prefix: anchor.quote.prefix,
                suffix: anchor.quote.suffix),
            Selector(
                type: "TextPositionSelector", start: anchor.position.start, end: anchor.position.end,
                unit: TextPositionSelector.unit)
        ]
    }

    /// The anchor the selectors describe; nil unless both are there and well-formed.
    static func anchor(from selectors: [Selector], nodePath: String) -> TextAnchor? {
        guard let quote = selectors.first(where: { $0.type == "TextQuoteSelector" }),
            let exact = quote.exact, !exact.isEmpty,
            let position = selectors.first(where: { $0.type == "TextPositionSelector" }),
            let start = position.start, let end = position.end, start >= 0, end >= start,
            position.unit == nil || position.unit == TextPositionSelector.unit
        else { return nil }
        return TextAnchor(
            position: TextPositionSelector(start: start, end: end),
            quote: TextQuoteSelector(exact: exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? ""),
            nodePath: nodePath)
    }

    /// The JSON text of a collection: pretty, stable key order, times in ISO 8601 UTC (with
    /// milliseconds when they are not zero, so a round trip keeps them), no raw invisibles.
    static func encode(_ collection: Collection) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(isoText(date))
        }
        return JSONSafety.escapeInvisibles(String(decoding: try encoder.encode(collection), as: UTF8.self)) + "\n"
    }

    /// Reads a collection; throws `ReaderStoreError.badImport` saying what is wrong.
    static func decode(_ data: Data) throws -> Collection {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = parseISO(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "not an ISO 8601 time: \(text.prefix(40))")
            }
            return date
        }
        do {
            return try decoder.decode(Collection.self, from: data)
        } catch let error as DecodingError {
            throw ReaderStoreError.badImport(reason: describe(error))
        } catch {
            throw ReaderStoreError.badImport(reason: "not JSON")
        }
    }

    static func isoText(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = Date(timeIntervalSince1970: Double(milliseconds.floorDivided(by: 1000)))
        let base = ISO8601DateFormatter().string(from: seconds)
        let fraction = milliseconds - milliseconds.floorDivided(by: 1000) * 1000
        guard fraction != 0 else { return base }
        let digits = String(fraction)
        return String(base.dropLast()) + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }

    static func parseISO(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }

    /// A timestamp from a decoded date, to the millisecond.
    static func timestamp(_ date: Date) -> Timestamp {
        Timestamp(millisecondsSince1970: Int64((date.timeIntervalSince1970 * 1000).rounded()))
    }

    /// A date from a stored timestamp.
    static func date(_ timestamp: Timestamp) -> Date {
        Date(timeIntervalSince1970: Double(timestamp.millisecondsSince1970) / 1000)
    }

    private static func describe(_ error: DecodingError) -> String {
        func place(_ path: [CodingKey]) -> String {
            path.isEmpty
                ? "the top level" : path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(place(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(place(context.codingPath)) has the wrong type"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "not valid JSON" : "\(place(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "not a speechreader export"
        }
    }
}

extension Int64 {
    /// Division rounding towards minus infinity (times before 1970 stay correct).
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
