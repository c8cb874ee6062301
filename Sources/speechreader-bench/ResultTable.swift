/// The report: one row per figure, with what it is compared against, the ratio, and the target.
struct ResultTable {
    enum Unit {
        case seconds
        case bytes
    }

    /// A comparison value: measured in the same run, or a fixed budget from the targets.
    struct Reference {
        let name: String
        let value: Double
        /// A budget (e.g. 50 ms) rather than something measured.
        let isBudget: Bool

        static func measured(_ name: String, _ value: Double) -> Reference {
            Reference(name: name, value: value, isBudget: false)
        }

        static func budget(_ name: String, _ value: Double) -> Reference {
            Reference(name: name, value: value, isBudget: true)
        }
    }

    struct Row {
        let figure: String
        let value: Double
        let unit: Unit
        let reference: Reference
        /// The highest ratio that meets the target; nil for a figure reported for information.
        let targetRatio: Double?

        var ratio: Double { reference.value > 0 ? value / reference.value : 0 }
        var meetsTarget: Bool? { targetRatio.map { ratio <= $0 } }
    }

    private(set) var rows: [Row] = []
    /// Notes printed under the table (details, skipped parts).
    private(set) var notes: [String] = []

    mutating func add(
        _ figure: String, _ value: Double, _ unit: Unit = .seconds, against reference: Reference,
        target: Double? = nil
    ) {
        rows.append(Row(figure: figure, value: value, unit: unit, reference: reference, targetRatio: target))
    }

    mutating func note(_ text: String) {
        notes.append(text)
    }

    /// The table as Markdown (it reads as a plain table in a terminal too).
    func render() -> String {
        var lines = [
            "| Figure | Value | Reference | Ref. value | Ratio | Target | Met |",
            "|---|---:|---|---:|---:|---:|:---:|"
        ]
        for row in rows {
            let reference = row.reference.isBudget ? "budget" : row.reference.name
            let target = row.targetRatio.map { "≤ " + Self.fixed($0, 2) + "×" } ?? "—"
            let met = row.meetsTarget.map { $0 ? "yes" : "**no**" } ?? ""
            lines.append(
                "| \(row.figure) | \(Self.format(row.value, row.unit)) | \(reference) | "
                    + "\(Self.format(row.reference.value, row.unit)) | \(Self.fixed(row.ratio, 2))× | \(target) | \(met) |"
            )
        }
        if !notes.isEmpty {
            lines.append("")
            lines += notes.map { "- " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double, _ unit: Unit) -> String {
        switch unit {
        case .seconds:
            if value >= 1 { return fixed(value, 2) + " s" }
            if value >= 0.01 { return fixed(value * 1000, 0) + " ms" }
            if value >= 0.001 { return fixed(value * 1000, 1) + " ms" }
            return fixed(value * 1_000_000, 0) + " µs"
        case .bytes:
            let mebibytes = value / 1_048_576
            return mebibytes >= 10 ? fixed(mebibytes, 0) + " MiB" : fixed(mebibytes, 1) + " MiB"
        }
    }

    /// `value` with `digits` decimals.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if text.contains("e") { return text }
        if digits == 0 {
            return String(Int(rounded))
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        text = String(parts[0]) + "." + String((fraction + String(repeating: "0", count: digits)).prefix(digits))
        return text
    }
}
