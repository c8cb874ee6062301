import ArgumentParser

/// How a listing is printed: readable text, tab-separated records, or JSON.
struct OutputFormatOptions: ParsableArguments {
    @Flag(name: .long, help: "Tab-separated records, one per line (tabs and newlines in fields escaped).")
    var tsv = false

    @Flag(name: .long, help: "JSON with the full data.")
    var json = false

    enum Format { case text, tsv, json }

    var format: Format { json ? .json : (tsv ? .tsv : .text) }

    func validate() throws {
        if tsv && json { throw ValidationError("choose one of --tsv and --json") }
    }
}
