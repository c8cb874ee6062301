/// Everything that can go wrong while turning a file's bytes into a document's text.
///
/// Each message is one line that says what is wrong with the file and, where there is one, what
/// the user can do about it.
public enum DocumentImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A legacy binary Office file (.doc, .wps) or a password-protected Office file, both OLE2.
    case legacyOffice
    /// A ZIP archive that is neither a Word nor an OpenDocument text.
    case unsupportedArchive
    /// A .docx or .odt whose archive or XML cannot be read.
    case damaged(format: DocumentFormat, detail: String)
    /// A document encrypted with a password.
    case encrypted(format: DocumentFormat)
    /// Decompressing would produce more than the cap: a ZIP bomb or an absurdly large document.
    case tooLarge(limit: Int)
    /// `pdftotext` (poppler-utils) is not installed.
    case pdfToolMissing
    /// `pdftotext` ran and failed.
    case pdfFailed(detail: String)
    /// The bytes of a plain text or a web page cannot be decoded.
    case undecodable(detail: String)

    public var description: String {
        switch self {
        case .legacyOffice:
            return "a legacy Word/WPS (.doc, .wps) or password-protected Office file, which cannot be read: "
                + "save it as .docx (e.g. libreoffice --headless --convert-to docx FILE)"
        case .unsupportedArchive:
            return "a ZIP archive that is neither a Word document (.docx) nor an OpenDocument text (.odt)"
        case .damaged(let format, let detail):
            return "a damaged \(format.name) file: \(detail)"
        case .encrypted(let format):
            return "a password-protected \(format.name) file: save it without a password first"
        case .tooLarge(let limit):
            return "decompresses to more than \(limit >> 20) MiB (a ZIP bomb?); refused"
        case .pdfToolMissing:
            return "reading PDF needs pdftotext from poppler-utils: apt-get install poppler-utils"
        case .pdfFailed(let detail):
            return "pdftotext cannot read this PDF (damaged or encrypted?): \(detail)"
        case .undecodable(let detail):
            return detail
        }
    }
}
