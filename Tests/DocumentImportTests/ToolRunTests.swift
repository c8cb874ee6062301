import Foundation
import Testing

@testable import DocumentImport

/// Running tools side by side with the same bytes on their standard input.
@Suite("Tool runs")
struct ToolRunTests {
    /// More than a socket buffer holds, so feeding and draining must interleave.
    static let input = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }

    @Test func everyToolGetsAllTheInputAndEveryOutputComesBack() throws {
        let outcomes = try ToolRun.run(
            [["cat"], ["wc", "-c"], ["sh", "-c", "cat >/dev/null; echo done >&2"]],
            input: Self.input, timeLimit: 60)
        #expect(outcomes.map(\.status) == [0, 0, 0])
        #expect(outcomes[0].output == Self.input)
        #expect(String(decoding: outcomes[1].output, as: UTF8.self).trimmingCharacters(in: .whitespaces) == "3000000\n")
        #expect(String(decoding: outcomes[2].errors, as: UTF8.self) == "done\n")
    }

    @Test func aToolThatStopsReadingCostsOnlyItsInput() throws {
        // Writing to a closed socket must be an error here, not a SIGPIPE that ends the tests.
        let outcomes = try ToolRun.run([["true"], ["sh", "-c", "head -c 10; exit 3"]], input: Self.input, timeLimit: 60)
        #expect(outcomes.map(\.status) == [0, 3])
        #expect(outcomes[1].output == Array(Self.input.prefix(10)))
    }

    @Test func aToolStartedLaterDoesNotHoldAnEarlierOnesInputOpen() throws {
        // The first `cat` ends when its input ends; were the second tool to inherit this process's
        // end of that input, the first would end only with the second, two seconds later. Each
        // says on standard error when it ended (nanoseconds).
        let outcomes = try ToolRun.run(
            [["sh", "-c", "cat; date +%s%N >&2"], ["sh", "-c", "cat >/dev/null; sleep 2; date +%s%N >&2"]],
            input: [1, 2, 3], timeLimit: 60)
        #expect(outcomes.map(\.status) == [0, 0])
        #expect(outcomes[0].output == [1, 2, 3])
        let ends = outcomes.map {
            Int(String(decoding: $0.errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        }
        #expect(ends[0] > 0 && ends[1] - ends[0] > 1_000_000_000, "ended at \(ends)")
    }

    @Test func aToolThatRunsTooLongIsKilled() {
        let started = Date()
        #expect(throws: ToolRun.Failure.self) {
            try ToolRun.run([["sleep", "30"]], input: [], timeLimit: 0.3)
        }
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func aMissingToolIsSaidSo() {
        var failure: ToolRun.Failure?
        do {
            _ = try ToolRun.run([["speechreader-no-such-tool"]], input: [], timeLimit: 5)
        } catch {
            failure = error
        }
        if case .missing = failure {} else { Issue.record("expected .missing, got \(String(describing: failure))") }
    }
}
