import Foundation
import ReaderCore

/// The outline pane's width and whether it is hidden, as `<`, `>` and `\` left them: kept in
/// a small state file in the store's directory (`layout.json`), never in the user's config.
struct LayoutMemory {
    /// The file.
    let file: URL

    private struct Saved: Codable {
        var outlineWidth: Int?
        var outlineHidden: Bool
    }

    /// Applies what was saved to `settings` (a missing or damaged file changes nothing).
    func restore(into settings: inout ReaderSettings) {
        guard let data = try? Data(contentsOf: file), let saved = try? JSONDecoder().decode(Saved.self, from: data)
        else { return }
        if let width = saved.outlineWidth, width > 0 { settings.outlineWidth = width }
        settings.outlineHidden = saved.outlineHidden
    }

    /// Saves the layout; the failure, if any, in one line.
    func save(outlineWidth: Int?, outlineHidden: Bool) -> String? {
        do {
            let data = try JSONEncoder().encode(Saved(outlineWidth: outlineWidth, outlineHidden: outlineHidden))
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            try data.write(to: file, options: .atomic)
            return nil
        } catch {
            return "the layout was not saved: \(error.localizedDescription)"
        }
    }
}
