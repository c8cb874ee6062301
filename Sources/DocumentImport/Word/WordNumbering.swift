/// The list definitions of a .docx (`word/numbering.xml`): abstract lists with their levels, and
/// the `w:num` instances paragraphs refer to, with their level overrides.
public struct WordNumbering: Sendable {
    /// One level of a list.
    public struct Level: Sendable, Equatable {
        public var start = 1
        public var format = NumberFormat.decimal
        /// The level text, `%1、` or `（%2）`: `%N` is level N's number.
        public var text = ""
        /// `w:isLgl`: every number shown in decimal.
        public var legal = false
        /// `w:suff`: what follows the number (`tab`, `space`, `nothing`).
        public var suffix = "tab"
        /// The paragraph style this level is linked to (`w:pStyle` inside `w:lvl`).
        public var style: String?

        public init(start: Int = 1, format: NumberFormat = .decimal, text: String = "", style: String? = nil) {
            self.start = start
            self.format = format
            self.text = text
            self.style = style
        }
    }

    /// A list instance (`w:num`): its abstract list and per-level overrides.
    public struct Instance: Sendable, Equatable {
        public var abstractID: String
        public var startOverrides: [Int: Int] = [:]
        public var levelOverrides: [Int: Level] = [:]

        public init(abstractID: String, startOverrides: [Int: Int] = [:]) {
            self.abstractID = abstractID
            self.startOverrides = startOverrides
        }
    }

    /// Abstract lists by `w:abstractNumId`, each level by `w:ilvl`.
    public var abstracts: [String: [Int: Level]] = [:]
    /// Instances by `w:numId`.
    public var instances: [String: Instance] = [:]

    public init() {}

    /// The definitions in `root`, the `w:numbering` element.
    init(root: XMLTree) {
        for abstract in root.all("abstractNum") {
            guard let id = abstract["abstractNumId"] else { continue }
            var levels: [Int: Level] = [:]
            for level in abstract.all("lvl") {
                guard let index = level["ilvl"].flatMap({ Int($0) }) else { continue }
                levels[index] = Self.level(level)
            }
            abstracts[id] = levels
        }
        for num in root.all("num") {
            guard let id = num["numId"], let abstractID = num.first("abstractNumId")?["val"] else { continue }
            var instance = Instance(abstractID: abstractID)
            for override in num.all("lvlOverride") {
                guard let index = override["ilvl"].flatMap({ Int($0) }) else { continue }
                if let start = override.first("startOverride")?["val"].flatMap({ Int($0) }) {
                    instance.startOverrides[index] = start
                }
                if let level = override.first("lvl") { instance.levelOverrides[index] = Self.level(level) }
            }
            instances[id] = instance
        }
    }

    private static func level(_ element: XMLTree) -> Level {
        var level = Level()
        level.start = element.first("start")?["val"].flatMap { Int($0) } ?? 1
        level.format = NumberFormat(word: element.first("numFmt")?["val"] ?? "decimal")
        level.text = element.first("lvlText")?["val"] ?? ""
        level.legal = element.first("isLgl").map { $0["val"] != "0" && $0["val"] != "false" } ?? false
        level.suffix = element.first("suff")?["val"] ?? "tab"
        level.style = element.first("pStyle")?["val"]
        return level
    }

    /// The level of instance `numberingID` at `index`, overrides applied.
    public func level(_ numberingID: String, _ index: Int) -> Level? {
        guard let instance = instances[numberingID] else { return nil }
        if let override = instance.levelOverrides[index] { return override }
        return abstracts[instance.abstractID]?[index]
    }

    /// The list (instance and level) a level of which is linked to paragraph style `style`.
    func linked(toStyle style: String) -> (numberingID: String, level: Int)? {
        for (abstractID, levels) in abstracts.sorted(by: { $0.key < $1.key }) {
            guard let (index, _) = levels.first(where: { $0.value.style == style }) else { continue }
            let instance = instances.filter { $0.value.abstractID == abstractID }.keys.sorted().first
            if let instance { return (instance, index) }
        }
        return nil
    }

    /// The level linked to style `style` in the abstract list of instance `numberingID`.
    func levelIndex(_ numberingID: String, linkedTo style: String?) -> Int? {
        guard let style, let instance = instances[numberingID], let levels = abstracts[instance.abstractID] else {
            return nil
        }
        return levels.first(where: { $0.value.style == style })?.key
    }
}
