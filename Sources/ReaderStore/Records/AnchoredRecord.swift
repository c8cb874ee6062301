import Annotations
import GRDB
import SpeechParser

/// The anchor columns shared by `note` and `bookmark`: the anchor as made (`quote_*`,
/// `anchor_*`) and where it is placed in the text last resolved against (`state`, `current_*`).
protocol AnchoredRecord {
    var id: Int64? { get }
    var quoteExact: String { get set }
    var quotePrefix: String { get set }
    var quoteSuffix: String { get set }
    var anchorStart: Int { get set }
    var anchorEnd: Int { get set }
    var anchorPath: String { get set }
    var state: String { get set }
    var currentStart: Int? { get set }
    var currentEnd: Int? { get set }
    var currentPath: String { get set }
}

extension AnchoredRecord {
    /// A new record's anchor, placed exactly where it was made.
    mutating func anchorExactly(_ anchor: TextAnchor) {
        self.anchor = anchor
        state = AnchorState.exact.rawValue
        currentStart = anchor.position.start
        currentEnd = anchor.position.end
        currentPath = anchor.nodePath
    }

    /// Reads the anchor columns of a row column by column. (The `Decodable` path GRDB would
    /// otherwise take builds a keyed decoder and converts every key from snake case for each
    /// row: most of the time of listing thousands of records.)
    mutating func decodeAnchorColumns(from row: Row) throws {
        quoteExact = try row.decode(forColumn: "quote_exact")
        quotePrefix = try row.decode(forColumn: "quote_prefix")
        quoteSuffix = try row.decode(forColumn: "quote_suffix")
        anchorStart = try row.decode(forColumn: "anchor_start")
        anchorEnd = try row.decode(forColumn: "anchor_end")
        anchorPath = try row.decode(forColumn: "anchor_path")
        state = try row.decode(forColumn: "state")
        currentStart = try row.decode(forColumn: "current_start")
        currentEnd = try row.decode(forColumn: "current_end")
        currentPath = try row.decode(forColumn: "current_path")
    }

    /// The anchor as it was made.
    var anchor: TextAnchor {
        get {
            TextAnchor(
                position: TextPositionSelector(start: anchorStart, end: anchorEnd),
                quote: TextQuoteSelector(exact: quoteExact, prefix: quotePrefix, suffix: quoteSuffix),
                nodePath: anchorPath
            )
        }
        set {
            quoteExact = newValue.quote.exact
            quotePrefix = newValue.quote.prefix
            quoteSuffix = newValue.quote.suffix
            anchorStart = newValue.position.start
            anchorEnd = newValue.position.end
            anchorPath = newValue.nodePath
        }
    }

    /// Where the anchor is placed now (an unknown state reads as orphaned, never as a crash).
    var resolution: AnchorResolution {
        let parsed = AnchorState(rawValue: state) ?? .orphaned
        guard parsed != .orphaned, let start = currentStart, let end = currentEnd, start <= end else {
            return .orphaned
        }
        return AnchorResolution(state: parsed, range: start..<end)
    }

    /// Places the anchor; the current node path follows the range (the original one if orphaned).
    mutating func place(_ resolution: AnchorResolution, in document: Document) {
        state = resolution.state.rawValue
        currentStart = resolution.range?.lowerBound
        currentEnd = resolution.range?.upperBound
        if let start = resolution.range?.lowerBound {
            currentPath = document.nodeIndex(containing: start).map { document.nodes[$0].path } ?? ""
        } else {
            currentPath = anchorPath
        }
    }

    /// `records` in document order (anchored ones by position, then orphans by id: the order of
    /// every listing), each record's placement read once (not once per comparison).
    static func inDocumentOrder(_ records: [Self]) -> [Self] {
        let keyed = records.map { record -> (key: (Int, Int, Int, Int64), record: Self) in
            guard let range = record.resolution.range else { return ((1, 0, 0, record.id ?? 0), record) }
            return ((0, range.lowerBound, range.upperBound, record.id ?? 0), record)
        }
        return keyed.sorted { $0.key < $1.key }.map(\.record)
    }
}
