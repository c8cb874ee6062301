import Foundation

/// The golden outlines the tests compare with: the bundled speech's, written out here, and the
/// corpus documents' hand-checked `.outline.txt` files (`Tests/Fixtures/corpus/`).
public enum GoldenOutline {
    /// The bundled speech's `outline --tsv` lines (PATH, KIND, MARKER, TITLE) as issue 2 lists
    /// them, between one PREAMBLE line and one CLOSING line (not included here).
    public static let bundledSpeech: [String] = [
        "1\t1\t一、\t溯源固本:深刻把握正确政绩观的核心要义与时代要求",
        "1.1\t2\t(一)\t坚持党性原则,校准政绩创造的政治坐标",
        "1.1.1\tR\t一是\t要强化政治忠诚,确保政绩方向不偏",
        "1.1.2\tR\t二是\t要心怀“国之大者”,提升政绩格局站位",
        "1.1.3\tR\t三是\t要严守政治纪律,净化政绩创造环境",
        "1.2\t2\t(二)\t恪守人民立场,锚定政绩评价的根本标准",
        "1.2.1\tR\t一是\t要把群众满意度作为衡量政绩的“晴雨表”",
        "1.2.2\tR\t二是\t要把保障和改善民生作为创造政绩的“出发点”",
        "1.2.3\tR\t三是\t要把维护群众利益作为检验政绩的“试金石”",
        "1.3\t2\t(三)\t遵循发展规律,夯实政绩创造的科学基础",
        "1.3.1\tR\t一是\t要尊重城市建设和发展规律",
        "1.3.2\tR\t二是\t要践行新发展理念指导工作实践",
        "1.3.3\tR\t三是\t要坚持系统观念谋划推进工作",
        "\tGAP\t\t---此处隐藏8274字,下载后查看---",
        "2\t1\t\t",
        "2.1\t2\t(一)\t强化思想淬炼,筑牢“为官一任、造福一方”的价值根基",
        "2.1.1\tR\t一是\t要深化理论学习,掌握思想武器",
        "2.1.2\tR\t二是\t要加强党性教育,砥砺初心使命",
        "2.1.3\tR\t三是\t要涵养文化底蕴,提升境界格局",
        "2.2\t2\t(二)\t健全制度保障,构建“科学考评、规范用权”的运行机制",
        "2.2.1\tR\t一是\t要完善考核评价体系",
        "2.2.2\tR\t二是\t要规范权力运行流程",
        "2.2.3\tR\t三是\t要落实容错纠错机制",
        "2.3\t2\t(三)\t砥砺务实作风,锤炼“真抓实干、善作善成”的过硬本领",
        "2.3.1\tR\t一是\t要坚持调查研究,掌握实情",
        "2.3.2\tR\t二是\t要发扬斗争精神,攻坚克难",
        "2.3.3\tR\t三是\t要提升专业能力,精益求精"
    ]

    /// The hand-checked outline of the corpus document `name`: one `LEVEL<TAB>MARKER<TAB>TITLE`
    /// line per numbered node, as `outline --tsv` prints them without PATH and without the
    /// PREAMBLE, GAP and CLOSING lines.
    public static func corpus(_ name: String) throws -> [String] {
        let text = try String(contentsOf: Repository.corpusOutline(name), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// Describes the first difference between two row lists, or nil when they are equal.
    public static func firstDifference<T: Equatable & CustomStringConvertible>(_ actual: [T], _ expected: [T])
        -> String?
    {
        for index in 0..<max(actual.count, expected.count) {
            let got = index < actual.count ? actual[index].description : "(nothing)"
            let want = index < expected.count ? expected[index].description : "(nothing)"
            if got != want {
                return
                    "row \(index + 1) of \(expected.count) expected: \(want.debugDescription) got: \(got.debugDescription) (\(actual.count) rows in all)"
            }
        }
        return nil
    }
}
