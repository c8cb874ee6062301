import Foundation
import ReaderCore
import ReaderStore
import SpeechParser

/// The store with 10,000 notes on the bundled speech, in a temporary directory: adding one note,
/// and opening the document and listing them all (in-process and through `notes list`).
struct StoreSuite {
    let context: BenchContext
    static let noteCount = 10_000

    func run(speech: Document, into table: inout ResultTable) throws {
        let directory = context.scratch + "/notes-store"
        try FileSystem.makeDirectory(directory)
        let location = StoreLocation(directory: URL(fileURLWithPath: directory))
        let path = context.inputs.speech.path
        let sentences = speech.sentences
        guard !sentences.isEmpty else { throw BenchmarkError("the speech has no sentences") }

        let database = try ReaderDatabase.open(location: location)
        let store = try database.openDocument(speech, path: path)
        var addTimes: [Double] = []
        addTimes.reserveCapacity(Self.noteCount)
        for index in 0..<Self.noteCount {
            let range = sentences[(index * 7) % sentences.count]
            addTimes.append(
                try Clock.measure {
                    _ = try store.addNote(text: "批注 \(index + 1)：note on a sentence", range: range)
                })
        }
        let lastThousand = Array(addTimes.suffix(1_000))
        table.add(
            "add one note (\(Self.noteCount - 1_000)–\(Self.noteCount) notes present; median)",
            Clock.median(lastThousand), against: .budget("10 ms", 0.010), target: 1.0)
        let sorted = lastThousand.sorted()
        table.note(
            "Adding a note commits one transaction with `synchronous = FULL` (an fsync); "
                + "95th percentile of the last 1,000 adds: \(ResultTable.format(sorted[sorted.count * 95 / 100], .seconds))."
        )

        var listed = 0
        let open = try Clock.medianOf(runs: context.runs) {
            let document = try Document(bytes: FileSystem.readBytes(path))
            let database = try ReaderDatabase.open(location: location)
            listed = try database.openDocument(document, path: path).notes().count
        }
        guard listed == Self.noteCount else {
            throw BenchmarkError("listed \(listed) notes, expected \(Self.noteCount)")
        }
        table.add(
            "open the speech + store and list \(Self.noteCount) notes (in-process)", open,
            against: .budget("200 ms", 0.2), target: 1.0)

        var environment = context.environment(storeDirectory: context.scratch + "/store-unused")
        environment["SPEECHREADER_STORE"] = directory
        let command = try Clock.medianOf(runs: context.runs) {
            _ = try ChildProcess.run(
                context.speechreader, ["notes", "list", path, "--tsv"],
                environment: environment, scratch: context.scratch)
        }
        table.add(
            "`notes list --tsv` with \(Self.noteCount) notes (whole command)", command,
            against: .budget("200 ms", 0.2))
    }
}
