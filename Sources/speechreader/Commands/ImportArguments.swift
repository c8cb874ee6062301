import ArgumentParser
import Foundation
import ReaderStore

/// `FILE.json [DOCFILE]` and the store, shared by `notes import` and `bookmarks import`.
struct ImportArguments: ParsableArguments {
    @Argument(help: "A JSON export (as `notes export --format json` or `bookmarks export --format json` write it).")
    var json: String

    @Argument(help: "The text file to add them to. Default: the bundled speech.")
    var file: String?

    @OptionGroup var storeOptions: StoreOptions

    /// Reads the export, opens the document and runs `body` on its store; a file that is not an
    /// export is exit 65 with nothing written (the import is one transaction).
    func run(
        what: String, _ body: (DocumentStore, Data) throws -> JSONAnnotationsImport.Counts
    ) throws {
        let data = Data(try FileReader.readRegularFile(json))
        let loaded = try LoadedDocument.load(file)
        let store = try storeOptions.openDocument(loaded, in: try storeOptions.openDatabase())
        let counts: JSONAnnotationsImport.Counts
        do {
            counts = try body(store, data)
        } catch ReaderStoreError.badImport(let reason) {
            throw CLIError.undecodable(
                path: json, reason: "not a speechreader JSON export of \(what) (\(reason)); nothing was imported")
        }
        StandardOutput.write(
            "imported \(counts.added) \(what) into \(FieldEscaping.escape(loaded.displayName)); "
                + "\(counts.skipped) already there\n")
    }
}
