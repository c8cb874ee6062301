// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "SpeechReader",
    products: [
        .executable(name: "speechreader", targets: ["speechreader"]),
        .library(name: "SpeechParser", targets: ["SpeechParser"]),
        .library(name: "Annotations", targets: ["Annotations"]),
        .library(name: "ReaderCore", targets: ["ReaderCore"]),
        .library(name: "ReaderStore", targets: ["ReaderStore"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0")
    ],
    targets: [
        // Decoding, the document model, the outline parser and search. Foundation only.
        .target(name: "SpeechParser"),
        // The bundled speech, embedded at build time so a copied binary still has it.
        .target(name: "BundledSpeech", resources: [.embedInCode("zhengjiguan-lianzheng-jingshi-speech.txt")]),
        // libxml2's HTML parser behind opaque pointers (Foundation's XMLDocument uses the XML
        // parser on Linux, and libxml2's headers clash with Foundation's ICU in Swift).
        .target(
            name: "CHTMLParser",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        // Format detection and text extraction: .docx, .odt, PDF (pdftotext), HTML, plain text.
        .target(
            name: "DocumentImport",
            dependencies: ["SpeechParser", "CHTMLParser", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Anchors, re-anchoring and the note/bookmark value types: pure, on top of the parser.
        .target(name: "Annotations", dependencies: ["SpeechParser"]),
        // Pure reader core: state, actions, reduce, keymap, width, line breaking, layout, render.
        .target(name: "ReaderCore", dependencies: ["SpeechParser", "Annotations"]),
        // The local SQLite store of bookmarks, notes and reading positions.
        .target(
            name: "ReaderStore",
            dependencies: ["Annotations", "SpeechParser", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The run loop and the ports it drives (terminal, store, editor): no I/O of its own.
        .target(name: "ReaderSession", dependencies: ["ReaderCore", "Annotations"]),
        // ncursesw's wide-character API (see the shim header for why it is not pkg-config).
        .systemLibrary(name: "CNCurses"),
        .systemLibrary(name: "CMalloc"),
        // The only user of ncurses.
        .target(name: "TerminalUI", dependencies: ["ReaderCore", "ReaderSession", "CNCurses"]),
        .executableTarget(
            name: "speechreader",
            dependencies: [
                "SpeechParser", "DocumentImport", "BundledSpeech", "Annotations", "ReaderCore", "ReaderSession",
                "ReaderStore", "TerminalUI",
                // glibc's malloc_trim, for what the reader's background jobs free.
                .target(name: "CMalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // Only the executable reads the configuration file.
                .product(name: "TOMLKit", package: "TOMLKit")
            ]
        ),
        // Benchmarks against `wc -m` and `less`: `swift build -c release && .build/release/speechreader-bench`.
        .executableTarget(
            name: "speechreader-bench",
            dependencies: ["SpeechParser", "Annotations", "ReaderCore", "ReaderStore", "BundledSpeech"]
        ),
        .testTarget(
            name: "DocumentImportTests",
            dependencies: ["DocumentImport", "SpeechParser", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "SpeechParserTests", dependencies: ["SpeechParser", "BundledSpeech", "TestSupport"]),
        .testTarget(
            name: "ReaderCoreTests",
            dependencies: ["ReaderCore", "Annotations", "SpeechParser", "BundledSpeech", "TestSupport"]),
        // What several test targets share: fixtures and repository paths, golden outlines, the
        // document invariants (also compiled into the fuzz targets), the process runner, the
        // pseudo-terminal, tmux sessions and the binary locator.
        .target(name: "TestSupport", dependencies: ["SpeechParser"], path: "Tests/TestSupport"),
        .testTarget(name: "AnnotationsTests", dependencies: ["Annotations", "SpeechParser", "TestSupport"]),
        .testTarget(
            name: "ReaderStoreTests", dependencies: ["ReaderStore", "Annotations", "SpeechParser", "TestSupport"]),
        .testTarget(
            name: "ReaderSessionTests", dependencies: ["ReaderSession", "ReaderCore", "Annotations", "SpeechParser"]),
        // Pure parts of the terminal shell: mouse reports, the theme's colours (no ncurses screen).
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "ReaderCore"]),
        .testTarget(name: "ArchitectureTests"),
        .testTarget(name: "EndToEndTests", dependencies: ["speechreader", "TestSupport"])
    ],
    swiftLanguageModes: [.v6]
)
