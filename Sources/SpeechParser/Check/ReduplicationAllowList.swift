/// Repetitions that Chinese uses on purpose, which `duplicated-word` must not report.
///
/// Single-character reduplication (常常, 看看, 人人) and AABB forms (清清楚楚, 干干净净) never
/// match, because the rule only reports a unit of two or more characters written twice; what
/// remains to allow is the ABAB pattern:
/// - distributive 一X一X: 一个一个, 一步一步, 一个难关一个难关;
/// - runs of one character (哈哈哈哈, 好好好好);
/// - the tentative/intensive ABAB of common disyllabic verbs and adjectives (研究研究, 雪白雪白).
enum ReduplicationAllowList {
    /// Whether `unit`, written twice back to back, is a legitimate reduplication.
    static func allows(_ unit: [Unicode.Scalar]) -> Bool {
        guard let first = unit.first else { return true }
        if first == "一" { return true }
        if unit.allSatisfy({ $0 == first }) { return true }
        return words.contains(String(String.UnicodeScalarView(unit)))
    }

    private static let words: Set<String> = [
        // Verbs, in the tentative "do a little" sense (研究研究 = look into it a bit).
        "研究", "讨论", "学习", "考虑", "商量", "休息", "锻炼", "打扫", "收拾", "整理", "了解", "认识", "交流",
        "活动", "体验", "琢磨", "检查", "比较", "思考", "总结", "准备", "介绍", "分析", "调查", "打听", "关心",
        "关照", "帮助", "表扬", "批评", "讲解", "解释", "说明", "练习", "复习", "温习", "试验", "尝试", "体会",
        "感受", "享受", "放松", "议论", "研讨", "走访", "调研", "摸索", "梳理", "盘点", "回顾", "反思", "斟酌",
        "切磋", "磨练", "沟通", "协调", "碰头", "溜达", "比划", "合计", "掂量", "动员", "教育", "批判",
        "算计", "请教", "指点", "见识", "开导", "熟悉", "适应", "活络", "凉快", "暖和", "热闹", "高兴",
        "快活", "轻松", "舒服", "清醒", "明白", "乐呵", "意思",
        // Adjectives, intensive (雪白雪白 = snow-white through and through).
        "雪白", "通红", "冰凉", "滚烫", "碧绿", "漆黑", "笔直", "火热", "透亮", "蜡黄", "瓦蓝", "喷香", "冰冷",
        "粉碎", "崭新", "鲜红", "金黄", "湛蓝", "血红", "乌黑", "煞白", "雪亮", "锃亮",
        // Cheers and slogans (万岁万岁万万岁).
        "加油", "万岁"
    ]
}
