/// The kinds of file SpeechReader can open, as recognised from their content.
public enum DocumentFormat: String, Sendable, Equatable, CaseIterable {
    /// Text in UTF-8, UTF-16 with BOM or GB18030.
    case plainText = "text"
    /// Office Open XML word processing (Word, WPS, LibreOffice "Word 2007-365").
    case docx
    /// OpenDocument text (LibreOffice, WPS).
    case odt
    /// PDF, read through poppler's `pdftotext`.
    case pdf
    /// A saved web page.
    case html
    /// OLE2 compound files: legacy .doc/.wps, and password-protected Office files. Refused.
    case legacyOffice = "doc"
    /// A ZIP archive of another kind. Refused.
    case zipArchive = "zip"

    /// The name used in messages.
    public var name: String {
        switch self {
        case .plainText: return "text"
        case .docx: return ".docx"
        case .odt: return ".odt"
        case .pdf: return "PDF"
        case .html: return "web page"
        case .legacyOffice: return ".doc"
        case .zipArchive: return "ZIP"
        }
    }
}
