/// An OpenDocument text: a package (`content.xml`, `styles.xml`, `meta.xml`) or a flat `.fodt`
/// holding all of them in one XML document.
enum OdtImporter {
    static let mimeTypes = [
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template"
    ]

    /// Whether a package is an OpenDocument text, by its `mimetype` entry.
    static func isOpenDocumentText(_ package: inout ZipPackage) throws -> Bool {
        guard let bytes = try package.read("mimetype", format: .odt) else { return false }
        let type = String(decoding: bytes, as: UTF8.self).trimming(" \r\n")
        return mimeTypes.contains(type)
    }

    static func importPackage(_ package: inout ZipPackage) throws -> ImportedDocument {
        if let manifest = try package.read("META-INF/manifest.xml", format: .odt),
            String(decoding: manifest, as: UTF8.self).contains("encryption-data")
        {
            throw DocumentImportError.encrypted(format: .odt)
        }
        guard let contentBytes = try package.read("content.xml", format: .odt) else {
            throw DocumentImportError.damaged(format: .odt, detail: "content.xml is missing")
        }
        let content = try XMLTreeParser.parse(contentBytes, part: "content.xml", format: .odt)
        let styles = try package.read("styles.xml", format: .odt).map {
            try XMLTreeParser.parse($0, part: "styles.xml", format: .odt)
        }
        let meta = try package.read("meta.xml", format: .odt).flatMap {
            try? XMLTreeParser.parse($0, part: "meta.xml", format: .odt)
        }
        return try document(roots: [content] + (styles.map { [$0] } ?? []), meta: meta)
    }

    /// A flat `.fodt`.
    static func importFlat(_ bytes: [UInt8]) throws -> ImportedDocument {
        let root = try XMLTreeParser.parse(bytes, part: "the flat document", format: .odt)
        return try document(roots: [root], meta: root)
    }

    private static func document(roots: [XMLTree], meta: XMLTree?) throws -> ImportedDocument {
        guard let body = roots.first?.descendant("body")?.first("text") else {
            throw DocumentImportError.damaged(format: .odt, detail: "no text body (office:text)")
        }
        var outline = OpenDocumentListStyle()
        var listStyles: [String: OpenDocumentListStyle] = [:]
        // styles.xml first, then content.xml's automatic styles, which take precedence.
        for root in roots.reversed() {
            for container in ["styles", "automatic-styles"] {
                guard let styles = root.first(container) else { continue }
                if let element = styles.first("outline-style") { outline = OpenDocumentListStyle(element: element) }
                for element in styles.all("list-style") {
                    if let name = element["name"] { listStyles[name] = OpenDocumentListStyle(element: element) }
                }
            }
        }
        let title = meta?.descendant("meta")?.first("title")?.text
        let paragraphs = OpenDocumentExtractor.paragraphs(body: body, outline: outline, listStyles: listStyles)
        return ImportedDocument(paragraphs: paragraphs, format: .odt, title: title)
    }
}
