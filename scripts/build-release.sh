#!/usr/bin/env bash
# Builds the release products (`speechreader`, `speechreader-bench`) as fully static executables:
# the Swift runtime, Foundation, glibc, ncursesw, SQLite and libxml2 are linked into the binary.
#
# Why: a dynamically linked start spends most of its instructions in the dynamic loader (symbol
# lookups for libstdc++, SQLite, libxml2 and ICU, and relocations that dirty pages), which is
# most of the gap to `less`. Static, `speechreader --version` runs in ~1.4 ms of CPU instead of
# ~3.7 ms, with a third of the page faults.
#
# libxml2's static archive needs its own dependencies named (ICU, lzma), and ncursesw needs
# tinfo. The linker's warnings about getpwuid/dlopen in static programs are expected: home
# directories come from $HOME first, and the binary runs on the glibc it was built with.
# `swift build` and `swift run` stay dynamic, as usual for development.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --static
swift build -c release --static-swift-stdlib \
  -Xswiftc -static-executable \
  -Xlinker -licuuc -Xlinker -licudata -Xlinker -llzma -Xlinker -ltinfo \
  "$@" 2> >(grep -v -e "statically linked applications requires at runtime" -e "is dangerous, better use" >&2)
