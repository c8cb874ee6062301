/// The version of SpeechReader: the one place it is written (`speechreader --version` prints it).
enum SpeechReaderVersion {
    static let current = "0.4.0"
}
