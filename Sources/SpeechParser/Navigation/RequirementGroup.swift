/// The requirements (一是 二是 …) under one heading: the 要点 view.
public struct RequirementGroup: Hashable, Sendable {
    /// The node that holds them (a heading, or the preamble); nil for requirements at the top level.
    public let parent: Int?
    /// Indices in `Document.nodes`, in document order.
    public let requirements: [Int]

    public init(parent: Int?, requirements: [Int]) {
        self.parent = parent
        self.requirements = requirements
    }
}
