/// The running numbers of one list or of the heading outline, level by level (0-based): a level
/// advances from its start value, and advancing a level restarts every deeper one.
public struct NumberingCounter: Sendable, Equatable {
    /// The current number of each level; nil for a level not used since its parent advanced.
    public private(set) var values: [Int?]

    public init(levels: Int = 10) {
        values = Array(repeating: nil, count: max(levels, 1))
    }

    /// Advances `level` (the next number, or `start` when the level is fresh) and restarts the
    /// deeper levels. Returns the numbers of levels 0…`level`; a shallower level never used
    /// counts as its own start (Word and LibreOffice show it so).
    public mutating func advance(level: Int, start: Int, startOf: (Int) -> Int = { _ in 1 }) -> [Int] {
        let level = min(max(level, 0), values.count - 1)
        values[level] = values[level].map { $0 + 1 } ?? start
        for deeper in (level + 1)..<values.count { values[deeper] = nil }
        return (0...level).map { values[$0] ?? startOf($0) }
    }

    /// Makes the next `advance(level:)` at `level` give `start` (an explicit restart).
    public mutating func restart(level: Int) {
        guard values.indices.contains(level) else { return }
        values[level] = nil
    }
}
