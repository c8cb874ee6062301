// Shared by every fuzz target (see Fuzz/README.md). Not part of the SwiftPM package.

import SpeechParser

#if canImport(Glibc)
import Glibc
#endif

/// Stops the run with a message when an invariant does not hold. libFuzzer treats the abort as a
/// crash: it prints the message, saves the input as `crash-…` and exits non-zero.
@inline(never)
func require(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
    file: StaticString = #fileID, line: UInt = #line
) {
    if !condition() {
        let text = "INVARIANT FAILED at \(file):\(line): \(message())\n"
        _ = text.withCString { write(2, $0, strlen($0)) }
        abort()
    }
}

/// Stops the run when `document` breaks a structural promise. The promises are the tests' own:
/// `Tests/TestSupport/DocumentInvariants.swift`, compiled into every fuzz target by fuzz.sh.
func requireInvariants(_ document: Document, file: StaticString = #fileID, line: UInt = #line) {
    let violations = DocumentInvariants.violations(in: document)
    require(violations.isEmpty, violations.prefix(5).joined(separator: "; "), file: file, line: line)
}

/// Splits a fuzz input the way LLVM's FuzzedDataProvider does: numbers are taken from the end,
/// text from the front. A seed that is plain text therefore stays mostly text, and its last few
/// bytes become the parameters.
struct FuzzInput {
    private var bytes: ArraySlice<UInt8>

    init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        if let data, size > 0 {
            bytes = ArraySlice(UnsafeBufferPointer(start: data, count: size))
        } else {
            bytes = []
        }
    }

    var isEmpty: Bool { bytes.isEmpty }
    var remaining: Int { bytes.count }

    /// One byte from the end (0 when none is left).
    mutating func byte() -> UInt8 {
        bytes.popLast() ?? 0
    }

    /// An integer in `range`, from up to four bytes taken from the end.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound)
        guard span > 0 else { return range.lowerBound }
        var value: UInt64 = 0
        var consumed: UInt64 = 0
        while consumed < 64, span >> consumed > 0, let last = bytes.popLast() {
            value = value << 8 | UInt64(last)
            consumed += 8
        }
        return range.lowerBound + Int(value % (span + 1))
    }

    /// Any 64-bit integer, from eight bytes taken from the end.
    mutating func anyInt() -> Int {
        var value: UInt64 = 0
        for _ in 0..<8 { value = value << 8 | UInt64(byte()) }
        return Int(truncatingIfNeeded: value)
    }

    /// `count` bytes from the front (fewer if the input runs out).
    mutating func prefix(_ count: Int) -> [UInt8] {
        let taken = Array(bytes.prefix(max(count, 0)))
        bytes = bytes.dropFirst(taken.count)
        return taken
    }

    /// Everything that is left.
    mutating func rest() -> [UInt8] {
        defer { bytes = [] }
        return Array(bytes)
    }
}

/// Whether `offset` is a scalar boundary of `text`'s UTF-8 (0 and the end included).
func isScalarBoundary(_ offset: Int, in utf8: [UInt8]) -> Bool {
    guard offset >= 0, offset <= utf8.count else { return false }
    return offset == utf8.count || utf8[offset] & 0xC0 != 0x80
}

/// Whether `range` lies inside the text and starts and ends on scalar boundaries.
func isAlignedRange(_ range: Range<Int>, in utf8: [UInt8]) -> Bool {
    isScalarBoundary(range.lowerBound, in: utf8) && isScalarBoundary(range.upperBound, in: utf8)
}

/// The text of a UTF-8 byte range (the caller has checked it is aligned).
func string(_ range: Range<Int>, in utf8: [UInt8]) -> String {
    String(decoding: utf8[range], as: UTF8.self)
}
