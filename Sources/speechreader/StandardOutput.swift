import Foundation

/// Buffered writes to stdout; a closed pipe (`| head`) ends the program quietly.
enum StandardOutput {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
