/// Opening the speech from other formats: `speechreader outline --tsv` on the committed format
/// fixtures (the bundled speech as .docx, PDF, .odt and a saved web page) against the same
/// command on the speech as a .txt, timed from spawn to exit, interleaved. A PDF opened before
/// is read from the cache of `pdftotext`'s output; its first opening, with an empty cache, is a
/// row of its own.
struct FormatSuite {
    let context: BenchContext
    /// `Tests/Fixtures/formats`.
    let fixtures: String

    /// The files measured: the .docx and the PDF against the budget (≤ 3× the .txt), the
    /// others for information.
    static let files: [(name: String, label: String, target: Double?)] = [
        ("speech-numbered.docx", ".docx", 3.0),
        ("speech.pdf", "PDF opened again (pdftotext's text cached)", 3.0),
        ("speech-numbered.odt", ".odt", nil),
        ("speech-page.html", "saved web page", nil)
    ]

    func run(into table: inout ResultTable) throws {
        let environment = context.environment(storeDirectory: context.scratch + "/store-unused")
        let text = context.inputs.speech.path
        let outline = { (path: String) throws -> Double in
            try ChildProcess.run(
                context.speechreader, ["outline", "--tsv", path], environment: environment,
                scratch: context.scratch
            ).seconds
        }
        for file in Self.files {
            let path = fixtures + "/" + file.name
            guard FileSystem.exists(path) else {
                table.note("\(file.name) not found in \(fixtures): its row is skipped.")
                continue
            }
            if file.name.hasSuffix(".pdf"), FileSystem.which("pdftotext") == nil {
                table.note("pdftotext is not installed (apt-get install poppler-utils): the PDF row is skipped.")
                continue
            }
            _ = try outline(path)
            _ = try outline(text)
            var formatTimes: [Double] = []
            var textTimes: [Double] = []
            // Interleaved, so a change in machine load affects both alike.
            for _ in 0..<context.runs {
                formatTimes.append(try outline(path))
                textTimes.append(try outline(text))
            }
            let reference = Clock.median(textTimes)
            table.add(
                "`outline --tsv` of the speech as \(file.label) (\(file.name))", Clock.median(formatTimes),
                against: .measured("same as .txt", reference), target: file.target)
            if file.name.hasSuffix(".pdf") {
                // The first opening: a cache directory of its own, empty, for every run.
                var firstTimes: [Double] = []
                for run in 0..<context.runs {
                    var fresh = environment
                    fresh["XDG_CACHE_HOME"] = context.scratch + "/pdf-cache-\(run)"
                    firstTimes.append(
                        try ChildProcess.run(
                            context.speechreader, ["outline", "--tsv", path], environment: fresh,
                            scratch: context.scratch
                        ).seconds)
                }
                table.add(
                    "`outline --tsv` of the speech as PDF opened for the first time (\(file.name))",
                    Clock.median(firstTimes), against: .measured("same as .txt", reference), target: 3.0)
            }
            if file.name.hasSuffix(".pdf"), let pdftotext = FileSystem.which("pdftotext") {
                // How much of the PDF row is poppler's own conversion, which the reader waits for.
                let seconds = try Clock.medianOf(runs: context.runs) {
                    _ = try ChildProcess.run(
                        pdftotext, ["-enc", "UTF-8", path, "-"], environment: environment, scratch: context.scratch)
                }
                table.add(
                    "of which `pdftotext -enc UTF-8 \(file.name) -` alone", seconds,
                    against: .measured("same as .txt", reference))
            }
        }
    }
}
