/// How many terminal columns text occupies, the one width function all column arithmetic uses.
///
/// The widths are glibc 2.36's `wcwidth` in the `C.UTF-8` locale (UAX #11, East-Asian-ambiguous
/// characters such as `“ ” — … ·` are 1), because glibc, ncurses and tmux on the target machine
/// all use it: if the layout counted differently from the code that moves the terminal cursor,
/// rows would overflow or leave holes.
///
/// Where `wcwidth` returns -1 there is no cursor movement to agree with, so this type decides:
/// - C0 and C1 controls, DEL and the surrogates (never in a Swift string) are 0 (controls must be
///   escaped before display anyway; see `VisibleControls`, whose output is plain printable ASCII);
/// - unassigned code points in U+20000…U+3FFFD are 2, UAX #11's default for those planes, where
///   newer CJK extensions live (over-counting leaves a gap; under-counting would overflow a row);
/// - every other unassigned or noncharacter code point is 1.
///
/// A `Character` (grapheme cluster) is the **sum** of its scalars' widths, not clamped. That is
/// what glibc `wcswidth`, ncurses (`waddwstr` advances the cursor per code point) and tmux 3.3a do,
/// so an emoji ZWJ sequence such as 👨‍👩‍👧 counts 6 and `❤️` (U+2764 U+FE0F) counts 1 even though a
/// modern font draws each as one 2-column glyph. Clamping would make the layout disagree with
/// where the cursor actually ends up, which is worse than a wide-looking gap.
///
/// How the table was made (`DisplayWidthTable.swift`, by `scripts/generate-width-table.sh`): a C program called `setlocale(LC_ALL,
/// "C.UTF-8")`, printed `wcwidth(c)` for every `c` in 0…0x10FFFF as runs of equal width, and a
/// script applied the -1 rules above, merged the runs and wrote the non-1 runs as Swift. The test
/// `DisplayWidthTests` checks the table against the live `wcwidth` over the whole code space.
public enum DisplayWidth {
    /// Columns a scalar occupies: 2 for wide/fullwidth (UAX #11 W/F), 0 for combining marks,
    /// zero-width characters and controls, otherwise 1 (East-Asian-ambiguous counts 1).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Fast paths for the two ranges that make up nearly all of a Chinese speech.
        if value < 0x7F {
            return value < 0x20 ? 0 : 1
        }
        if value >= 0x4E00 && value <= 0x9FFF {
            return 2
        }
        if contains(DisplayWidthTable.zeroWidth, value) {
            return 0
        }
        return contains(DisplayWidthTable.doubleWidth, value) ? 2 : 1
    }

    /// Columns a grapheme cluster occupies: the sum of its scalars' widths, as terminals advance
    /// the cursor per code point (see the type's documentation for why this is not clamped).
    public static func of(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars {
            total += of(scalar)
        }
        return total
    }

    /// Columns a string occupies when written to a terminal on one row.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            total += of(scalar)
        }
        return total
    }

    /// Whether `value` falls inside one of the inclusive `[first, last]` pairs of a sorted table.
    private static func contains(_ table: [UInt32], _ value: UInt32) -> Bool {
        // Binary search for the last pair whose first element is <= value.
        var low = 0
        var high = table.count / 2  // number of pairs; the answer is in low..<high
        guard high > 0, value >= table[0], value <= table[table.count - 1] else {
            return false
        }
        while high - low > 1 {
            let middle = (low + high) / 2
            if table[middle * 2] <= value {
                low = middle
            } else {
                high = middle
            }
        }
        return value <= table[low * 2 + 1]
    }
}
