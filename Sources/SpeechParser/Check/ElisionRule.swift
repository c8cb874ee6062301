/// `elision`: every gap the parser found (`---此处隐藏8274字,下载后查看---`) means the document is
/// incomplete, so numbering and structure findings near it may be artefacts of the cut.
enum ElisionRule {
    static func findings(in text: CheckText) -> [Finding] {
        text.document.nodes.filter { $0.kind == .gap }.map { node in
            Finding(rule: .elision, range: node.titleRange, message: .elision(notice: node.title))
        }
    }
}
