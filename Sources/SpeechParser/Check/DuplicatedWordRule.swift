/// `duplicated-word`: a unit of two or more Han characters written twice back to back, the
/// trace of a careless paste or of a name replaced into a text (`总书记总书记`).
///
/// Without a dictionary any repeated run of two to eight characters counts; what Chinese
/// repeats on purpose is allowed by `ReduplicationAllowList`. The shortest repeated unit at a
/// position is reported once, and the search resumes after the repetition.
enum DuplicatedWordRule {
    private static let longestUnit = 8

    static func findings(in text: CheckText) -> [Finding] {
        var result: [Finding] = []
        for line in text.proseLines {
            let scalars = text.scalars(of: line)
            var start = 0
            while start < scalars.count {
                guard CheckCharacters.isHan(scalars[start].scalar) else {
                    start += 1
                    continue
                }
                var end = start
                while end < scalars.count, CheckCharacters.isHan(scalars[end].scalar) { end += 1 }
                result += findings(in: Array(scalars[start..<end]))
                start = end
            }
        }
        return result
    }

    /// The repetitions in one run of Han characters.
    private static func findings(in run: [ScalarAt]) -> [Finding] {
        var result: [Finding] = []
        var index = 0
        while index + 4 <= run.count {
            guard let (length, allowed) = repeatedUnit(at: index, in: run) else {
                index += 1
                continue
            }
            if allowed {
                // Past the first unit, so 万岁万岁万万岁 is not read again as 岁万岁万.
                index += length
            } else {
                let unit = run[index..<(index + length)].map(\.scalar)
                let range = run[index].offset..<run[index + 2 * length - 1].range.upperBound
                let word = String(String.UnicodeScalarView(unit))
                result.append(Finding(rule: .duplicatedWord, range: range, message: .duplicatedWord(word: word)))
                index += 2 * length
            }
        }
        return result
    }

    /// The length of the shortest unit repeated at `index`, and whether the repetition is allowed.
    private static func repeatedUnit(at index: Int, in run: [ScalarAt]) -> (length: Int, allowed: Bool)? {
        var length = 2
        while length <= longestUnit, index + 2 * length <= run.count {
            let repeated = (0..<length).allSatisfy { run[index + $0].scalar == run[index + length + $0].scalar }
            if repeated {
                let unit = run[index..<(index + length)].map(\.scalar)
                return (length, ReduplicationAllowList.allows(unit))
            }
            length += 1
        }
        return nil
    }
}
