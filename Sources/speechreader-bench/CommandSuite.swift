/// Whole-program figures: `speechreader outline --tsv` and `speechreader search` against `wc -m`
/// on the same file, timed from spawn to exit, with their peak memory.
struct CommandSuite {
    let context: BenchContext

    /// Medians of `wc -m` per input path, for the rows of other suites.
    struct References {
        var wc: [String: Double] = [:]
    }

    /// Outline of every input vs `wc -m`; returns the `wc -m` medians.
    func runOutline(into table: inout ResultTable) throws -> References {
        var references = References()
        let environment = context.environment(storeDirectory: context.scratch + "/store-unused")
        let inputs = [context.inputs.speech] + context.inputs.large
        for input in inputs {
            let outline = {
                try ChildProcess.run(
                    context.speechreader, ["outline", "--tsv", input.path],
                    environment: environment, scratch: context.scratch)
            }
            let wc = {
                try ChildProcess.run(
                    context.wc, ["-m", input.path], environment: environment,
                    scratch: context.scratch)
            }
            _ = try outline()
            _ = try wc()
            var outlineTimes: [Double] = []
            var wcTimes: [Double] = []
            // Interleaved, so a change in machine load affects both alike.
            for _ in 0..<context.runs {
                outlineTimes.append(try outline().seconds)
                wcTimes.append(try wc().seconds)
            }
            let reference = Clock.median(wcTimes)
            references.wc[input.path] = reference
            let isLargest = input.path == context.inputs.largest.path
            table.add(
                "decode + parse + `outline --tsv`, \(input.label)", Clock.median(outlineTimes),
                against: .measured("`wc -m`", reference), target: isLargest ? 1.0 : nil)
            if isLargest {
                let peak = try PeakMemory.of(
                    context.speechreader, ["outline", "--tsv", input.path],
                    environment: environment, scratch: context.scratch)
                table.add(
                    "peak RSS of `outline --tsv`, \(input.label)", Double(peak), .bytes,
                    against: .measured("file size", Double(input.byteCount)), target: 1.5)
            }
        }
        return references
    }

    /// The median of `wc -m` on `input` alone (when the outline rows are not run).
    func wcMedian(_ input: BenchInputs.Input) throws -> Double {
        let environment = context.environment(storeDirectory: context.scratch + "/store-unused")
        return try Clock.medianOf(runs: context.runs) {
            _ = try ChildProcess.run(context.wc, ["-m", input.path], environment: environment, scratch: context.scratch)
        }
    }

    /// `speechreader search PHRASE FILE --tsv` on the largest input vs `wc -m`.
    func runSearch(phrase: String, wcReference: Double, into table: inout ResultTable) throws {
        let input = context.inputs.largest
        let environment = context.environment(storeDirectory: context.scratch + "/store-unused")
        let seconds = try Clock.medianOf(runs: context.runs) {
            _ = try ChildProcess.run(
                context.speechreader, ["search", phrase, input.path, "--tsv"],
                environment: environment, scratch: context.scratch)
        }
        table.add(
            "`search` command (load + search + print), \(input.label)", seconds,
            against: .measured("`wc -m`", wcReference))
    }
}
