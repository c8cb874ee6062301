import Foundation

/// The modules each Swift file under a directory imports, read from the source text. Every form
/// of import counts: `import M`, `@testable import M`, `@preconcurrency import M`,
/// `public import M`, `import struct M.Type`, indented ones (inside `#if`) and several attributes.
enum SourceImports {
    /// `(file, module)` for every import in the `.swift` files under `directory`.
    static func imports(under directory: URL) throws -> [(file: String, module: String)] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        var found: [(String, String)] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline) {
                if let module = module(importedBy: String(line)) {
                    found.append((url.lastPathComponent, module))
                }
            }
        }
        return found
    }

    /// Kinds that may follow `import` before a qualified name (`import struct Foundation.Date`).
    private static let declarationKinds: Set<String> = [
        "typealias", "struct", "class", "enum", "protocol", "let", "var", "func"
    ]
    /// Access levels that may precede `import` (SE-0409).
    private static let accessLevels: Set<String> = [
        "public", "package", "internal", "fileprivate", "private", "open"
    ]

    /// The module a line imports, or nil when the line is not an import declaration.
    static func module(importedBy line: String) -> String? {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        // Attributes (`@testable`, `@preconcurrency`, `@_implementationOnly`, `@_spi(X)`) and
        // access levels may come before `import`.
        while let first = words.first, first.hasPrefix("@") || accessLevels.contains(first) {
            words.removeFirst()
        }
        guard words.first == "import", words.count >= 2 else { return nil }
        var name = words[1]
        if declarationKinds.contains(name), words.count >= 3 { name = words[2] }
        let module = name.split(separator: ".").first.map(String.init) ?? name
        return module.isEmpty ? nil : module
    }
}
