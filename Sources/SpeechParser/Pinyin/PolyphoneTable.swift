/// Every common reading of the common polyphonic characters (多音字), toneless, `v` for ü.
///
/// ICU's Han-Latin transliteration gives one reading per character (长 → zhang, so 长沙 cannot
/// be found as "changsha"); the matcher accepts any reading in this table besides ICU's.
/// Source: the polyphonic entries of 《现代汉语词典》 (the standard dictionary of Mandarin), readings
/// that differ only in tone merged; rare, classical and dialect readings left out so that the
/// table widens matches only where readers really say the character both ways. Compiled by hand.
enum PolyphoneTable {
    /// Character → readings.
    static let readings: [Unicode.Scalar: [String]] = {
        var table: [Unicode.Scalar: [String]] = [:]
        for entry in source.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = entry.split(separator: ":")
            guard parts.count == 2, let scalar = parts[0].unicodeScalars.first else { continue }
            table[scalar, default: []].append(contentsOf: parts[1].split(separator: ",").map(String.init))
        }
        return table
    }()

    /// `字:reading,reading` entries separated by spaces.
    private static let source = """
        长:chang,zhang 重:zhong,chong 行:xing,hang,heng 乐:le,yue 还:hai,huan 都:dou,du 得:de,dei
        地:di,de 着:zhe,zhao,zhuo 了:le,liao 传:chuan,zhuan 调:diao,tiao 朝:chao,zhao 藏:cang,zang
        参:can,shen,cen 差:cha,chai,ci 处:chu 曾:ceng,zeng 为:wei 干:gan 量:liang 数:shu,shuo 发:fa
        种:zhong 便:bian,pian 解:jie,xie 率:lv,shuai 省:sheng,xing 给:gei,ji 更:geng 切:qie
        觉:jue,jiao 血:xue,xie 累:lei 相:xiang 应:ying 分:fen 将:jiang,qiang 中:zhong 空:kong
        降:jiang,xiang 露:lu,lou 薄:bao,bo 没:mei,mo 强:qiang,jiang 似:si,shi 系:xi,ji 只:zhi
        恶:e,wu 合:he,ge 和:he,huo,hu 看:kan 难:nan 教:jiao 少:shao 好:hao 大:da,dai 会:hui,kuai
        单:dan,shan,chan 角:jiao,jue 说:shuo,shui 识:shi,zhi 否:fou,pi 提:ti,di 当:dang 称:cheng,chen
        畜:chu,xu 的:de,di 度:du,duo 佛:fo,fu 革:ge,ji 几:ji 假:jia 间:jian 见:jian,xian 劲:jin,jing
        卷:juan 卡:ka,qia 壳:ke,qiao 绿:lv,lu 落:luo,la,lao 抹:mo,ma 模:mo,mu 宁:ning 曝:pu,bao
        亲:qin,qing 圈:quan,juan 色:se,shai 刹:sha,cha 什:shen,shi 盛:sheng,cheng 石:shi,dan
        属:shu,zhu 宿:su,xiu 校:xiao,jiao 叶:ye,xie 员:yuan,yun 约:yue,yao 择:ze,zhai 扎:zha,za
        殖:zhi,shi 转:zhuan,zhuai 仔:zi,zai 综:zong,zeng 区:qu,ou 秘:mi,bi 仇:chou,qiu 查:cha,zha
        厦:sha,xia 弹:dan,tan 熟:shu,shou 尾:wei,yi 迫:po,pai 剥:bo,bao 伯:bo,bai 泊:bo,po
        陆:lu,liu 蔓:man,wan 供:gong 结:jie 藉:jie,ji 拓:tuo,ta 载:zai
        塞:sai,se 散:san 丧:sang 扇:shan 舍:she 吐:tu 委:wei
        鲜:xian 兴:xing 旋:xuan 压:ya 咽:yan,ye 要:yao 钥:yao,yue 晕:yun
        粘:zhan,nian 涨:zhang 正:zheng 症:zheng 挣:zheng 吓:xia,he 吁:xu,yu 削:xiao,xue 嚼:jiao,jue
        车:che,ju 句:ju,gou 呢:ne,ni 哪:na,ne 那:na,nei 冲:chong 倒:dao 斗:dou 横:heng 划:hua
        济:ji 禁:jin 尽:jin 片:pian 曲:qu 任:ren 上:shang 挑:tiao 作:zuo 钻:zuan
        """
}
