import Foundation
import SpeechParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `speechreader-bench`: the benchmark suite of issue 5. Run from the package directory with
///
///     swift build -c release && .build/release/speechreader-bench
///
/// It generates its inputs into a temporary directory, runs every figure as a median over
/// several runs, prints one table with each figure, its reference, the ratio and the target,
/// and exits non-zero only when the harness itself fails (a slow figure is reported, never fatal).
@main
enum BenchmarkMain {
    static func main() {
        if CommandLine.arguments.count > 2, CommandLine.arguments[1] == PeakMemory.helperFlag {
            PeakMemory.helperMain(Array(CommandLine.arguments.dropFirst(2)))
        }
        let options: BenchOptions
        do {
            options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data("speechreader-bench: \(error)\n\(BenchOptions.usage)\n".utf8))
            exit(64)
        }
        if options.help {
            print(BenchOptions.usage)
            return
        }
        var scratch: String?
        do {
            let directory = try FileSystem.makeTemporaryDirectory()
            scratch = directory
            let table = try run(options, scratch: directory)
            print(table.render())
            print("")
            print(Machine.describe())
        } catch {
            FileHandle.standardError.write(Data("speechreader-bench: \(error)\n".utf8))
            if let scratch, !options.keep { FileSystem.remove(scratch) }
            exit(1)
        }
        if let scratch {
            if options.keep {
                FileHandle.standardError.write(Data("speechreader-bench: inputs kept in \(scratch)\n".utf8))
            } else {
                FileSystem.remove(scratch)
            }
        }
    }

    private static func run(_ options: BenchOptions, scratch: String) throws -> ResultTable {
        let speechreader = try options.speechreader ?? locateSpeechreader()
        guard let wc = FileSystem.which("wc") else { throw BenchmarkError("wc is not installed") }
        let corpus = options.corpus ?? locateCorpus()
        progress("generating inputs in \(scratch) (corpus: \(corpus ?? "none, the bundled speech alone"))")
        let inputs = try BenchInputs.generate(in: scratch, corpus: corpus)
        try FileSystem.makeDirectory(scratch + "/home")
        try FileSystem.makeDirectory(scratch + "/config")
        let context = BenchContext(
            speechreader: speechreader, wc: wc, less: FileSystem.which("less"),
            inputs: inputs, scratch: scratch, runs: options.runs)
        var table = ResultTable()
        table.note(
            "Inputs: the bundled speech (\(inputs.speech.byteCount) bytes); "
                + inputs.large.map { "\($0.label) = \($0.byteCount) bytes" }.joined(separator: ", ")
                + ", made by repeating " + inputs.sources.joined(separator: ", ") + ".")

        let commands = CommandSuite(context: context)
        var wcLargest: Double
        if options.runs("outline") {
            progress("outline vs wc -m")
            let references = try commands.runOutline(into: &table)
            wcLargest = references.wc[inputs.largest.path] ?? 0
        } else {
            wcLargest = try commands.wcMedian(inputs.largest)
        }

        let speech = try CoreSuite.load(inputs.speech.path)
        let phrase = "溯源固本"
        var large: Document?
        func largeDocument() throws -> Document {
            if let large { return large }
            let loaded = try CoreSuite.load(inputs.largest.path)
            large = loaded
            return loaded
        }
        if options.runs("core") {
            progress("in-process: layout, search, keys")
            let core = CoreSuite(context: context)
            core.runLayout(large: try largeDocument(), speech: speech, into: &table)
            core.runSearch(large: try largeDocument(), phrase: phrase, wcReference: wcLargest, into: &table)
            try commands.runSearch(phrase: phrase, wcReference: wcLargest, into: &table)
            core.runKeys(speech: speech, into: &table)
            core.runJumps(
                large: try largeDocument(), gotoPath: try JumpTarget(in: try largeDocument()).path, into: &table)
        }
        let terminal = TerminalSuite(context: context)
        if options.runs("first-frame") {
            progress("pseudo-terminal: first frames")
            try terminal.runFirstFrames(wcReference: wcLargest, into: &table)
        }
        if options.runs("jumps") {
            progress("pseudo-terminal: jumps on the largest document")
            let target = try JumpTarget(in: try largeDocument())
            try terminal.runJumps(
                gotoPath: target.path, gotoShows: target.shows, nextShows: target.nextShows, into: &table)
        }
        if options.runs("keys") {
            progress("pseudo-terminal: every key on the speech")
            try terminal.runKeys(into: &table)
        }
        if options.runs("search-typing") {
            progress("pseudo-terminal: typing a search on the largest document")
            try terminal.runSearchTyping(phrase: phrase, large: try largeDocument(), into: &table)
        }
        if options.runs("formats") {
            progress("the speech as .docx, PDF, .odt and a web page vs as .txt")
            if let fixtures = locateFixtures("Tests/Fixtures/formats") {
                try FormatSuite(context: context, fixtures: fixtures).run(into: &table)
            } else {
                table.note("Tests/Fixtures/formats not found: the formats rows are skipped.")
            }
        }
        if options.runs("store") {
            progress("store: \(StoreSuite.noteCount) notes")
            try StoreSuite(context: context).run(speech: speech, into: &table)
        }
        table.note(
            "Times are medians of \(options.runs) runs after a warm-up run; `wc -m` runs with LC_ALL=C.UTF-8 "
                + "(it counts characters); the pseudo-terminal is \(context.columns)×\(context.rows), TERM=xterm-256color."
        )
        return table
    }

    /// The release `speechreader` next to this executable (`swift build -c release` builds both).
    private static func locateSpeechreader() throws -> String {
        let candidate = FileSystem.executableDirectory() + "/speechreader"
        guard FileSystem.isExecutable(candidate) else {
            throw BenchmarkError(
                "\(candidate) not found: build it first with `swift build -c release` "
                    + "(or pass --speechreader PATH)")
        }
        return candidate
    }

    /// The repository's corpus fixtures, `Tests/Fixtures/corpus`, found from the package
    /// directory (the current directory) or from this executable in `.build/<triple>/<config>/`
    /// (or the `.build/<config>` link to it), if present.
    private static func locateCorpus() -> String? {
        locateFixtures("Tests/Fixtures/corpus")
    }

    /// A directory of the repository (`Tests/Fixtures/…`), found as the corpus is.
    private static func locateFixtures(_ relative: String) -> String? {
        let executable = FileSystem.executableDirectory()
        let candidates = [
            FileManager.default.currentDirectoryPath + "/" + relative,
            executable + "/../../../" + relative,
            executable + "/../../" + relative
        ]
        return candidates.first { FileSystem.exists($0) }
            .map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    static func progress(_ text: String) {
        FileHandle.standardError.write(Data("speechreader-bench: \(text)…\n".utf8))
    }
}

/// The node `:PATH` jumps to on the largest document: the first titled top-level heading past
/// the middle, whose next node is numbered too; and what the status line shows after each jump.
struct JumpTarget {
    let path: String
    let shows: String
    let nextShows: String

    init(in document: Document) throws {
        let middle = document.utf8Count / 2
        let nodes = document.nodes
        guard
            let index = nodes.indices.first(where: { index in
                let node = nodes[index]
                return node.range.lowerBound >= middle && node.kind == .heading(level: 1) && !node.title.isEmpty
                    && index + 1 < nodes.count && nodes[index + 1].kind.isNumbered && !nodes[index + 1].isUntitled
            })
        else { throw BenchmarkError("no titled top-level heading in the second half of the document") }
        func status(_ node: Node) -> String { node.path + " " + String((node.marker + node.title).prefix(3)) }
        path = nodes[index].path
        shows = status(nodes[index])
        nextShows = status(nodes[index + 1])
    }
}
