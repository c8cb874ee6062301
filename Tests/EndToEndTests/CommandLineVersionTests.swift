import Foundation
import Testing

@Suite("Command line: version and help without parsing")
struct CommandLineVersionTests {
    @Test("--version prints the one version")
    func version() throws {
        let run = try CommandLineBinary.succeed(["--version"])
        #expect(run.out.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(run.out)")
    }

    @Test("help, --help and -h print the same top-level help, which names every command")
    func help() throws {
        let texts = try ["help", "--help", "-h"].map { try CommandLineBinary.succeed([$0]).out }
        #expect(Set(texts).count == 1)
        for command in ["outline", "show", "search", "notes", "bookmarks", "check", "fix", "requirements"] {
            #expect(texts[0].contains(command), "help does not name \(command)")
        }
        // A subcommand's help still comes from the parser.
        #expect(try CommandLineBinary.succeed(["help", "outline"]).out.contains("--tsv"))
    }
}
