/// Matches a pinyin query against text units starting at one position, as an NFA over query
/// positions: each Han character consumes its full reading or a non-empty prefix of it (so an
/// initial, including zh/ch/sh, or more), for any of its readings; a literal letter or digit
/// consumes itself; anything else ends the run. The states after each unit are the query
/// positions reachable, so the work per start is at most (units in the run) × (states) × (readings).
struct PinyinMatcher {
    let query: [UInt8]
    let readingSets: [[[UInt8]]]
    /// Per reading set: whether one of its readings starts with the query's first letter.
    private let startsQuery: [Bool]
    private var states: [Int] = []
    private var next: [Int] = []
    /// `stamp[position] == generation` when `position` is already in `next`.
    private var stamp: [Int]
    private var generation = 0

    init(query: [UInt8], readings: PinyinReadings) {
        self.query = query
        readingSets = readings.readingSets
        let first = query.first
        startsQuery = readings.readingSets.map { set in set.contains { $0.first == first } }
        stamp = [Int](repeating: -1, count: query.count + 1)
    }

    /// The unit index just past the shortest match starting at `start`, or nil.
    mutating func matchEnd(in units: [Int32], from start: Int) -> Int? {
        matchEnd(in: units, from: start, end: units.count)
    }

    /// `matchEnd(in:from:)` within `units[..<end]`: the units of several texts can share one array.
    mutating func matchEnd(in units: [Int32], from start: Int, end: Int) -> Int? {
        guard start < end, let first = query.first, isPossibleStart(units[start], first: first) else { return nil }
        states.removeAll(keepingCapacity: true)
        states.append(0)
        var position = start
        while position < end, !states.isEmpty {
            advance(over: units[position])
            if stamp[query.count] == generation { return position + 1 }
            swap(&states, &next)
            position += 1
        }
        return nil
    }

    private func isPossibleStart(_ unit: Int32, first: UInt8) -> Bool {
        if unit >= 0 { return startsQuery[Int(unit)] }
        return unit != PinyinText.breaker && UInt8(truncatingIfNeeded: -1 - unit) == first
    }

    /// `next` = the query positions reachable from `states` by consuming `unit`.
    private mutating func advance(over unit: Int32) {
        generation += 1
        next.removeAll(keepingCapacity: true)
        guard unit != PinyinText.breaker else { return }
        for state in states {
            if unit < 0 {
                if query[state] == UInt8(truncatingIfNeeded: -1 - unit) { add(state + 1) }
                continue
            }
            for reading in readingSets[Int(unit)] {
                var length = 0
                while length < reading.count, state + length < query.count, reading[length] == query[state + length] {
                    length += 1
                    add(state + length)
                }
            }
        }
    }

    private mutating func add(_ position: Int) {
        guard stamp[position] != generation else { return }
        stamp[position] = generation
        if position < query.count { next.append(position) }
    }
}
