/// Command-line options of `speechreader-bench`.
struct BenchOptions {
    var runs = 5
    var keep = false
    var help = false
    var speechreader: String?
    var corpus: String?
    /// The suites to run (all when empty).
    var only: Set<String> = []

    static let suites = ["outline", "core", "first-frame", "jumps", "keys", "search-typing", "formats", "store"]

    func runs(_ suite: String) -> Bool { only.isEmpty || only.contains(suite) }

    static let usage = """
        usage: speechreader-bench [--runs N] [--speechreader PATH] [--corpus DIR] [--keep] [--only SUITES]
          --runs N            timed runs per figure, after one warm-up (default 5)
          --speechreader PATH the binary to measure (default: `speechreader` next to this one)
          --corpus DIR        texts to repeat into the large inputs (default: Tests/Fixtures/corpus)
          --keep              keep the generated inputs and stores (the path is printed)
          --only SUITES       comma-separated subset of: outline, core, first-frame, jumps, keys, search-typing, formats,
                              store
        Build first: swift build -c release && .build/release/speechreader-bench
        """

    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var options = BenchOptions()
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--runs":
                guard let value = iterator.next().flatMap({ Int($0) }), value > 0 else {
                    throw BenchmarkError("--runs needs a positive number")
                }
                options.runs = value
            case "--speechreader":
                guard let value = iterator.next() else { throw BenchmarkError("--speechreader needs a path") }
                options.speechreader = FileSystem.absolute(value)
            case "--corpus":
                guard let value = iterator.next() else { throw BenchmarkError("--corpus needs a directory") }
                options.corpus = FileSystem.absolute(value)
            case "--only":
                guard let value = iterator.next() else { throw BenchmarkError("--only needs suite names") }
                let names = Set(value.split(separator: ",").map(String.init))
                let unknown = names.subtracting(suites)
                guard unknown.isEmpty else {
                    throw BenchmarkError("unknown suite(s): \(unknown.sorted().joined(separator: ", "))")
                }
                options.only = names
            case "--keep":
                options.keep = true
            case "-h", "--help":
                options.help = true
            default:
                throw BenchmarkError("unknown argument \(argument)")
            }
        }
        return options
    }
}
