/// The speech that ships with the reader, compiled into the binary by SwiftPM's resource
/// embedding (`.embedInCode`), so that a copied or installed executable still opens it (a SwiftPM
/// resource bundle is found only next to the build folder). The file in this folder is a link to
/// the one in `Resources/`, which stays the only copy of the text.
public enum BundledSpeech {
    /// The name the speech has in `Resources/`, used in messages and as its document path.
    public static let name = "zhengjiguan-lianzheng-jingshi-speech.txt"

    /// The exact bytes of the bundled file.
    public static var bytes: [UInt8] { PackageResources.zhengjiguan_lianzheng_jingshi_speech_txt }
}
