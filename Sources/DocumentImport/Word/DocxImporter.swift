/// A .docx: `word/document.xml` read with its styles and numbering; the title from
/// `docProps/core.xml`.
enum DocxImporter {
    static func importDocument(_ package: inout ZipPackage) throws -> ImportedDocument {
        guard let documentBytes = try package.read("word/document.xml", format: .docx) else {
            throw DocumentImportError.damaged(format: .docx, detail: "word/document.xml is missing")
        }
        let document = try XMLTreeParser.parse(documentBytes, part: "word/document.xml", format: .docx)
        let styles = try package.read("word/styles.xml", format: .docx).map {
            WordStyles(root: try XMLTreeParser.parse($0, part: "word/styles.xml", format: .docx))
        }
        let numbering = try package.read("word/numbering.xml", format: .docx).map {
            WordNumbering(root: try XMLTreeParser.parse($0, part: "word/numbering.xml", format: .docx))
        }
        let title = try package.read("docProps/core.xml", format: .docx).flatMap {
            try? XMLTreeParser.parse($0, part: "docProps/core.xml", format: .docx).descendant("title")?.text
        }
        let paragraphs = WordDocumentExtractor.paragraphs(
            document: document, styles: styles ?? WordStyles(), numbering: numbering ?? WordNumbering())
        return ImportedDocument(paragraphs: paragraphs, format: .docx, title: title)
    }
}
