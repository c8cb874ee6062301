/// A numbering style of an OpenDocument text: the heading outline (`text:outline-style`) or a
/// list style (`text:list-style`), level by level.
public struct OpenDocumentListStyle: Sendable, Equatable {
    /// One level (1-based in the file, 0-based here).
    public struct Level: Sendable, Equatable {
        public var format: NumberFormat = .none
        public var prefix = ""
        public var suffix = ""
        /// How many levels the number shows: 2 gives `1.2` at the second level.
        public var displayLevels = 1
        public var start = 1

        public init(format: NumberFormat = .none, prefix: String = "", suffix: String = "", displayLevels: Int = 1) {
            self.format = format
            self.prefix = prefix
            self.suffix = suffix
            self.displayLevels = displayLevels
        }
    }

    public var levels: [Int: Level] = [:]

    public init(levels: [Int: Level] = [:]) {
        self.levels = levels
    }

    /// The levels of a `text:outline-style` or `text:list-style` element.
    init(element: XMLTree) {
        for child in element.elements {
            guard let index = child["level"].flatMap({ Int($0) }), index >= 1 else { continue }
            var level = Level()
            switch child.name {
            case "outline-level-style", "list-level-style-number":
                level.format = NumberFormat(odf: child["num-format"] ?? "")
                level.prefix = child["num-prefix"] ?? ""
                level.suffix = child["num-suffix"] ?? ""
                level.displayLevels = max(child["display-levels"].flatMap { Int($0) } ?? 1, 1)
                level.start = child["start-value"].flatMap { Int($0) } ?? 1
            default:
                level.format = .bullet  // list-level-style-bullet / -image: no marker in the text
            }
            levels[index - 1] = level
        }
    }

    /// The start value of a level (0-based).
    func start(_ level: Int) -> Int {
        levels[level]?.start ?? 1
    }

    /// The marker for `numbers` (levels 0…n): prefix, the shown levels' numbers joined by `.`,
    /// suffix; nil when the level has no number.
    public func marker(_ numbers: [Int]) -> String? {
        guard let index = numbers.indices.last, let level = levels[index] else { return nil }
        guard level.format != .none, level.format != .bullet else { return nil }
        let first = max(0, index - level.displayLevels + 1)
        let shown = (first...index).map { (levels[$0]?.format ?? .decimal).render(numbers[$0]) }
        return level.prefix + shown.joined(separator: ".") + level.suffix
    }
}
