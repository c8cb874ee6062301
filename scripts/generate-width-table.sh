#!/usr/bin/env bash
# Regenerates Sources/ReaderCore/Layout/DisplayWidthTable.swift from the C library's wcwidth in
# the C.UTF-8 locale (see DisplayWidth.swift for the rules applied where wcwidth returns -1).
# DisplayWidthTests checks the committed table against the live wcwidth over the whole code space,
# so a glibc with other widths shows up as a failing test; rerun this script then.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/widths.c" <<'C'
#define _XOPEN_SOURCE 700
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
/* Prints "first last width" for every run of code points with the same wcwidth. */
int main(void) {
    if (!setlocale(LC_ALL, "C.UTF-8")) { fprintf(stderr, "no C.UTF-8 locale\n"); return 1; }
    long start = 0; int width = wcwidth(0);
    for (long c = 1; c <= 0x110000; c++) {
        int w = c <= 0x10FFFF ? wcwidth((wchar_t)c) : 99;
        if (w != width) { printf("%ld %ld %d\n", start, c - 1, width); start = c; width = w; }
    }
    return 0;
}
C
cc -O2 -o "$work/widths" "$work/widths.c"
"$work/widths" > "$work/runs.txt"
python3 - "$work/runs.txt" > Sources/ReaderCore/Layout/DisplayWidthTable.swift <<'PY'
import sys
# Surrogates never occur in a Swift string; they count 0 like controls.
def is_control(c): return c < 0x20 or 0x7F <= c <= 0x9F or 0xD800 <= c <= 0xDFFF
widths = []  # (first, last, width) after the -1 rules
for line in open(sys.argv[1]):
    first, last, width = map(int, line.split())
    if width >= 0:
        widths.append((first, last, width)); continue
    c = first
    while c <= last:  # split a -1 run by rule: controls 0, U+20000…U+3FFFD 2, else 1
        rule = 0 if is_control(c) else 2 if 0x20000 <= c <= 0x3FFFD else 1
        end = c
        while end + 1 <= last and (0 if is_control(end + 1) else 2 if 0x20000 <= end + 1 <= 0x3FFFD else 1) == rule:
            end += 1
        widths.append((c, end, rule)); c = end + 1
def runs(target):
    merged = []
    for first, last, width in widths:
        if width != target: continue
        if merged and merged[-1][1] + 1 == first: merged[-1][1] = last
        else: merged.append([first, last])
    return merged
def table(name, doc, target):
    values = [v for pair in runs(target) for v in pair]
    lines = ["        " + ", ".join("0x%05X" % v for v in values[i:i + 8]) for i in range(0, len(values), 8)]
    return "    /// %s\n    static let %s: [UInt32] = [\n%s\n    ]\n" % (doc, name, ",\n".join(lines))
print("""// GENERATED — do not edit by hand. Regenerate with scripts/generate-width-table.sh: glibc
// `wcwidth` in the C.UTF-8 locale, evaluated for every code point U+0000…U+10FFFF, with the code
// points where wcwidth returns -1 mapped as documented in DisplayWidth.swift (controls 0,
// unassigned in U+20000…U+3FFFD 2, other unassigned 1).
// Every code point not in either table is 1 column wide.

/// The width table behind `DisplayWidth`: sorted, disjoint, inclusive [first, last] pairs.
enum DisplayWidthTable {""")
print(table("zeroWidth", "Code points that occupy no column (combining marks, zero-width format characters, controls).", 0))
print(table("doubleWidth", "Code points that occupy two columns (East Asian Wide and Fullwidth, emoji presentation).", 2), end="")
print("}")
PY
echo "wrote Sources/ReaderCore/Layout/DisplayWidthTable.swift"
