/// The top-level help (`speechreader help`, `--help`, `-h`), as swift-argument-parser writes it
/// for `columns` columns, kept as text.
///
/// Asking the parser for it costs about half of such a start-up (it instantiates the command and
/// looks up the conformances of every argument, a scan of every conformance record linked in),
/// so the text is generated once and a test (`CommandLineVersionTests`) checks it is still
/// exactly the parser's; `scripts/generate-help.sh` writes it again after a command changes.
/// A subcommand's help still comes from the parser.
enum TopLevelHelp {
    /// The width the text is wrapped to, on every terminal (as `git help` and `less --help`).
    static let columns = 80

    static let text = """
        OVERVIEW: Read, navigate and annotate long structured Chinese speeches and
        official documents.

        With no subcommand, opens FILE (default: the bundled speech) in the interactive
        reader.
        Offsets in machine-readable output are UTF-8 byte offsets into the decoded text.

        USAGE: speechreader <subcommand>

        OPTIONS:
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          read (default)          Open FILE in the interactive reader (the default
                                  command).
          outline                 Print the outline tree: headings (一、（一）1.（1）) and
                                  requirements (一是…).
          show                    Print one node's text with its descendants.
          search                  Find a phrase in the text, ignoring half/full-width
                                  differences and Latin case.
          bookmarks               Add, list, remove, export and import bookmarks (kept
                                  in the local store, see --store).
          notes                   Add, list, edit, remove, export and import notes on
                                  passages (kept in the local store, see --store).
          requirements            List the requirements (一是 二是 …) grouped under their
                                  headings, with counts.
          check                   Report numbering, heading-level, punctuation and
                                  other defects of a draft.
          fix                     Write the text with punctuation-width and
                                  marker-width findings fixed.

          See 'speechreader help <subcommand>' for detailed help.
        """
}
