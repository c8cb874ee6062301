import Foundation
import ReaderSession
import SpeechParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Follows the open document's file for the reader (a `DocumentWatcher`).
///
/// On Linux it watches the file's directory with inotify for writes, creations, deletions and
/// renames of that name, so an editor that saves by writing a new file and renaming it over the
/// old one is seen as well as one that writes in place. Elsewhere it compares the file's size,
/// modification time and inode at each poll. Either way nothing blocks and no thread spins: the
/// run loop asks at its wake-ups.
///
/// A burst of writes is read once it has been quiet for `settle` (or, for a file written without
/// pause, once `longest` has passed since the burst began). A text equal to the one loaded is
/// not reported; a file that is gone is reported once until it comes back.
final class FileWatcher: DocumentWatcher {
    /// Quiet time after the last write before the file is read.
    static let settle = Duration.milliseconds(120)
    /// The longest a burst of writes delays a reload.
    static let longest = Duration.milliseconds(800)
    /// The most inotify buffers read per poll; events left over are read at the next poll.
    static let maximumReads = 8

    /// The file, symbolic links resolved (an editor writes the target).
    private let path: String
    /// The inotify descriptor (-1 where inotify is not used).
    private var descriptor: Int32 = -1
    /// Whether the watch was set up: at the first poll, after the first frame, because adding an
    /// inotify watch can take a millisecond in the kernel (measured: 0.2–1.1 ms on a directory of
    /// many files).
    private var watching = false
    /// When the current burst of writes began and when it was last seen.
    private var burst: (first: ContinuousClock.Instant, last: ContinuousClock.Instant)?
    /// The identity of the text loaded last.
    private var loaded: TextHash
    /// The file's size, modification time and inode when it was read last (nil: missing).
    private var stamp: FileStamp?
    /// Whether the reader was told the file is missing.
    private var reportedMissing = false

    /// Watches `path`, whose current text is `document`, from the first poll on.
    init(path: String, document: Document) {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        self.path = resolved
        loaded = document.textHash
        stamp = FileStamp(path: resolved)
    }

    /// Sets up the inotify watch on the file's directory (where there is inotify; without it, or if
    /// it fails, the file's stamp is compared at each poll). A change made between loading and
    /// now is caught by the stamp taken at loading.
    private func startWatching() {
        watching = true
        #if os(Linux)
            let directory = (path as NSString).deletingLastPathComponent
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY)
            if descriptor >= 0, inotify_add_watch(descriptor, directory, mask) < 0 {
                close(descriptor)
                descriptor = -1
            }
        #endif
        if FileStamp(path: path) != stamp {
            let now = ContinuousClock.now
            burst = (now, now)
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    var pendingMilliseconds: Int? {
        guard let burst else { return nil }
        let now = ContinuousClock.now
        let wait = min(burst.last + Self.settle - now, burst.first + Self.longest - now)
        return max(Int(wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000), 1)
    }

    func poll() -> DocumentWatchEvent? {
        if !watching { startWatching() }
        let now = ContinuousClock.now
        if sawChange() {
            burst = (burst?.first ?? now, now)
        }
        guard let current = burst, now - current.last >= Self.settle || now - current.first >= Self.longest else {
            return nil
        }
        burst = nil
        return load()
    }

    /// Whether the file was touched since the last call: inotify events naming it, or (without
    /// inotify) a different size, time or inode.
    private func sawChange() -> Bool {
        #if os(Linux)
            if descriptor >= 0 { return drainEvents() }
        #endif
        return FileStamp(path: path) != stamp
    }

    /// Reads the file after a burst settled: its new text, that it is gone, or why it cannot be read.
    private func load() -> DocumentWatchEvent? {
        let now = FileStamp(path: path)
        guard let now else {
            stamp = nil
            guard !reportedMissing else { return nil }
            reportedMissing = true
            return .missing
        }
        reportedMissing = false
        guard now != stamp else { return nil }
        stamp = now
        do {
            let decoded = try FileReader.readDocument(path)
            let document = Document(parsing: decoded.text)
            guard document.textHash != loaded else { return nil }
            loaded = document.textHash
            return .changed(document)
        } catch let error as SpeechParserError {
            return .unreadable(error.description)
        } catch {
            return .unreadable(String(describing: error))
        }
    }

    #if os(Linux)
        /// Reads the pending inotify events, at most `maximumReads` buffers of them per poll (a
        /// file written without pause beside the document must not keep the run loop here);
        /// whether one named the file.
        private func drainEvents() -> Bool {
            let name = Array((path as NSString).lastPathComponent.utf8)
            var touched = false
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            for _ in 0..<Self.maximumReads {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { return touched }  // EAGAIN: nothing more
                var offset = 0
                // struct inotify_event: wd, mask, cookie, len (4 bytes each), then len bytes of
                // name padded with NULs.
                while offset + 16 <= count {
                    let length = buffer.withUnsafeBytes {
                        Int($0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    }
                    let start = offset + 16
                    let end = min(start + length, count)
                    let eventName = buffer[start..<end].prefix { $0 != 0 }
                    if eventName.elementsEqual(name) { touched = true }
                    offset = end
                }
            }
            return touched
        }
    #endif
}
