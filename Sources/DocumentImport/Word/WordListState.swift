/// The running numbers of a .docx's lists while its paragraphs are read in order, and the marker
/// each numbered paragraph shows: `一、`, `（二）`, `1.` as Word renders them.
public struct WordListState: Sendable {
    private let numbering: WordNumbering
    /// Counters by abstract list: Word continues a list across the instances of one abstract
    /// list; an instance with `w:startOverride` restarts it where that instance is first used
    /// (how LibreOffice exports a restart, the other paragraphs keeping the style's instance).
    private var counters: [String: NumberingCounter] = [:]
    private var startedInstances: Set<String> = []

    public init(numbering: WordNumbering) {
        self.numbering = numbering
    }

    /// The marker for the next paragraph of list `numberingID` at level `level` (0-based), and
    /// advances the list; nil for numId 0 (numbering removed), unknown lists, bullets.
    public mutating func marker(numberingID: String, level: Int) -> String? {
        guard numberingID != "0", let instance = numbering.instances[numberingID],
            let definition = numbering.level(numberingID, level)
        else { return nil }
        let key = instance.abstractID
        var counter = counters[key] ?? NumberingCounter()
        var overrides: [Int: Int] = [:]
        if !instance.startOverrides.isEmpty, !startedInstances.contains(numberingID) {
            startedInstances.insert(numberingID)
            overrides = instance.startOverrides
            for index in overrides.keys { counter.restart(level: index) }
        }
        let definitions = numbering
        let start = { (index: Int) -> Int in
            overrides[index] ?? definitions.level(numberingID, index)?.start ?? 1
        }
        let numbers = counter.advance(level: level, start: start(level), startOf: start)
        counters[key] = counter
        guard definition.format != .bullet else { return nil }
        return render(definition, numbers: numbers, numberingID: numberingID)
    }

    /// The level text with each `%N` replaced by level N's number in level N's format (in
    /// decimal for a legal level).
    private func render(_ definition: WordNumbering.Level, numbers: [Int], numberingID: String) -> String? {
        var result = ""
        var characters = definition.text.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                result.append(character)
                continue
            }
            guard let digit = characters.next() else { break }
            guard let index = digit.wholeNumberValue, index >= 1, index <= numbers.count else { continue }
            let format = numbering.level(numberingID, index - 1)?.format ?? .decimal
            let shown = definition.legal && format != .none ? .decimal : format
            result += shown.render(numbers[index - 1])
        }
        if result.isEmpty { return nil }
        return definition.suffix == "space" ? result + " " : result
    }
}
