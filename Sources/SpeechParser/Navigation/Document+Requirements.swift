extension Document {
    /// Every requirement, grouped under the node that holds it, groups in document order.
    /// With `within`, only that node and its descendants count.
    public func requirementGroups(within: Int? = nil) -> [RequirementGroup] {
        let scope = within.flatMap { nodes.indices.contains($0) ? nodes[$0].range : nil }
        var order: [Int?] = []
        var members: [Int?: [Int]] = [:]
        for (index, node) in nodes.enumerated() where node.kind == .requirement {
            if let scope, !scope.contains(node.range.lowerBound) { continue }
            if members[node.parent] == nil { order.append(node.parent) }
            members[node.parent, default: []].append(index)
        }
        return order.map { RequirementGroup(parent: $0, requirements: members[$0] ?? []) }
    }
}
