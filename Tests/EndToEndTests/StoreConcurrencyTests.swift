import Foundation
import Testing

/// Two processes writing to the same store at once lose nothing (WAL + busy timeout + one
/// immediate transaction per write).
@Suite("Store concurrency", .serialized)
struct StoreConcurrencyTests {
    @Test func twoWritersAddingAHundredNotesEach() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        let writers = 2
        let notesPerWriter = 100
        let printed = StoreIDs()
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            for index in 0..<notesPerWriter {
                let text = "writer \(writer) note \(index)"
                do {
                    let result = try sandbox.run(["notes", "add", "1.\(writer + 1)", "--text", text])
                    if result.status == 0 { printed.add(result.stdout) } else { printed.fail(result.stderr) }
                } catch {
                    printed.fail("\(text): \(error)")
                }
            }
        }
        #expect(printed.failures.isEmpty, "\(printed.failures.prefix(3))")
        let ids = printed.ids.compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(ids.count == writers * notesPerWriter)
        #expect(Set(ids).count == writers * notesPerWriter)
        let rows = try sandbox.succeed(["notes", "list", "--tsv"]).split(separator: "\n")
        #expect(rows.count == writers * notesPerWriter)
        let texts = Set(rows.compactMap { $0.split(separator: "\t").last.map(String.init) })
        for writer in 0..<writers {
            for index in 0..<notesPerWriter {
                #expect(texts.contains("writer \(writer) note \(index)"))
            }
        }
    }
}

/// What the writers printed, collected from several threads.
final class StoreIDs: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var ids: [String] = []
    private(set) var failures: [String] = []

    func add(_ id: String) {
        lock.lock()
        ids.append(id)
        lock.unlock()
    }

    func fail(_ message: String) {
        lock.lock()
        failures.append(message)
        lock.unlock()
    }
}
