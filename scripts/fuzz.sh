#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ with swiftc (not SwiftPM: `swift build` and `swift test`
# never see them) and runs each one for SECONDS (default 60), one after another.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]   TARGET: DecodeParse LineBreak Search Reanchor Render
#                                                   ImportFormats
#   scripts/fuzz.sh --probe                 exit 0 when swiftc supports -sanitize=fuzzer,address
#   scripts/fuzz.sh --build                 build only
#
# Modules are compiled from the package's own sources, instrumented for coverage and address
# sanitizer: SpeechParser, then Annotations (anchors and re-anchoring, pure) and ReaderCore
# against it; for ImportFormats also DocumentImport with what it links: ZIPFoundation (compiled
# from SwiftPM's checkout, `swift package resolve` first when there is none), the CHTMLParser C
# shim (clang) over the system's libxml2, and zlib. Optimised, but with the debug assert
# configuration so the standard library's bounds checks on unsafe buffers stay on. The document
# invariants are the tests' own (Tests/TestSupport/DocumentInvariants.swift, compiled into every
# target). Seeds: the corpus in Tests/Fixtures/corpus and the bundled speech in Resources/, cut
# into small pieces, plus re-encodings and hostile samples; for ImportFormats the documents in
# Tests/Fixtures/formats, their XML parts and Fuzz/Seeds/import. Everything lands in
# .build-fuzz/; a crash leaves .build-fuzz/artifacts/TARGET-crash-… (replay:
# .build-fuzz/bin/fuzz-TARGET FILE).
# Exits non-zero if a target crashed, timed out, broke an invariant, or did not run.
# FUZZ_OUT=DIR builds and runs somewhere else than .build-fuzz (e.g. a second run beside a first).
set -euo pipefail
cd "$(dirname "$0")/.."

out=${FUZZ_OUT:-.build-fuzz}
all_targets=(DecodeParse LineBreak Search Reanchor Render ImportFormats)
# ZIPFoundation's sources, from SwiftPM's checkout of the version Package.resolved pins (never
# committed here), and its zlib module map.
zip_checkout=.build/checkouts/ZIPFoundation/Sources
export SWIFT_BACKTRACE=enable=no   # the Swift backtracer can hang for minutes on a crash
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:handle_abort=1:symbolize=1}"
# The structural promises of a parsed document, shared with the tests (imports SpeechParser only).
invariants=Tests/TestSupport/DocumentInvariants.swift
base_flags=(-O -assert-config Debug -sanitize=fuzzer,address -parse-as-library)
flags=("${base_flags[@]}" -swift-version 6)

# lld when the toolchain has it (the system ld.gold links too, with pages of warnings).
link_flags=(-use-ld=lld)

probe() {
  local dir candidate status=1
  dir=$(mktemp -d)
  cat > "$dir/probe.swift" <<'SWIFT'
@_cdecl("LLVMFuzzerTestOneInput")
public func probe(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { 0 }
SWIFT
  for candidate in -use-ld=lld ""; do
    link_flags=(${candidate:+"$candidate"})
    if swiftc "${flags[@]}" "${link_flags[@]}" "$dir/probe.swift" -o "$dir/probe" >"$dir/log" 2>&1 \
      && "$dir/probe" -runs=1 >>"$dir/log" 2>&1; then
      status=0
      break
    fi
  done
  rm -rf "$dir"
  return "$status"
}

build() {
  mkdir -p "$out/modules" "$out/obj" "$out/obj-import" "$out/cmodules/CHTMLParser" "$out/bin"
  if [[ ! -d $zip_checkout/ZIPFoundation ]]; then
    echo "fuzz: no ZIPFoundation checkout; swift package resolve" >&2
    swift package resolve >&2
  fi
  local inputs=(Sources/SpeechParser Sources/Annotations Sources/ReaderCore Sources/DocumentImport Sources/CHTMLParser
    Fuzz scripts/fuzz.sh "$zip_checkout" "$invariants")
  if [[ -e $out/built.stamp && -z $(find "${inputs[@]}" -newer "$out/built.stamp" -print -quit) ]]; then
    echo "fuzz: targets are up to date" >&2
    return 0
  fi
  rm -f "$out/built.stamp"
  echo "fuzz: building modules" >&2
  module SpeechParser $(find Sources/SpeechParser -name '*.swift' | sort)
  # Anchors and re-anchoring are pure (SpeechParser only); ReaderCore builds on both.
  module Annotations $(find Sources/Annotations -name '*.swift' | sort)
  module ReaderCore $(find Sources/ReaderCore -name '*.swift' | sort)
  # DocumentImport and what it links, for ImportFormats only: ZIPFoundation is Swift 5 code and
  # imports zlib through its own module map; CHTMLParser is C over libxml2, seen by Swift through
  # a module map written here. DocumentImport is built for testing: the target reaches its
  # internal readers (`@testable import`).
  echo "fuzz: building DocumentImport with ZIPFoundation and CHTMLParser" >&2
  # _GNU_SOURCE: ZIPFoundation reads archives in memory through fopencookie (its cSettings).
  local import_flags=(-I "$zip_checkout/CZLib" -I "$out/cmodules/CHTMLParser" -Xcc -D_GNU_SOURCE=1)
  swiftc "${base_flags[@]}" -swift-version 5 -wmo -module-name ZIPFoundation "${import_flags[@]}" \
    -emit-module -emit-module-path "$out/modules/ZIPFoundation.swiftmodule" \
    -c $(find "$zip_checkout/ZIPFoundation" -name '*.swift' | sort) -o "$out/obj-import/ZIPFoundation.o"
  printf 'module CHTMLParser {\n  header "%s"\n  export *\n}\n' "$PWD/Sources/CHTMLParser/include/chtml.h" \
    > "$out/cmodules/CHTMLParser/module.modulemap"
  clang -O1 -g -fsanitize=fuzzer-no-link,address -I/usr/include/libxml2 -ISources/CHTMLParser/include \
    -c Sources/CHTMLParser/chtml.c -o "$out/obj-import/chtml.o"
  swiftc "${flags[@]}" -wmo -enable-testing -module-name DocumentImport -I "$out/modules" "${import_flags[@]}" \
    -emit-module -emit-module-path "$out/modules/DocumentImport.swiftmodule" \
    -c $(find Sources/DocumentImport -name '*.swift' | sort) -o "$out/obj-import/DocumentImport.o"
  for target in "${all_targets[@]}"; do
    echo "fuzz: linking fuzz-$target" >&2
    local extra=()
    [[ $target == ImportFormats ]] && extra=("${import_flags[@]}" "$out"/obj-import/*.o -lz -lxml2)
    swiftc "${flags[@]}" "${link_flags[@]}" -module-name "Fuzz$target" -I "$out/modules" \
      Fuzz/Support/*.swift "$invariants" "Fuzz/Targets/$target.swift" "$out"/obj/*.o "${extra[@]}" \
      -o "$out/bin/fuzz-$target"
  done
  touch "$out/built.stamp"
}

module() {
  local name=$1
  shift
  swiftc "${flags[@]}" -wmo -module-name "$name" -I "$out/modules" \
    -emit-module -emit-module-path "$out/modules/$name.swiftmodule" -c "$@" -o "$out/obj/$name.o"
}

seeds() {
  local dir=$out/seeds
  rm -rf "$dir"
  mkdir -p "$dir"
  # The repository's own texts: the corpus fixtures (not their outlines) and the bundled speech.
  local sources=(Resources/*.txt)
  for file in Tests/Fixtures/corpus/*.txt; do
    [[ $file == *.outline.txt ]] || sources+=("$file")
  done
  local index=0
  for file in "${sources[@]}"; do
    index=$((index + 1))
    # Pieces of whole lines, at most 1500 bytes: small inputs run fast and mutate well.
    split -C 1500 -d -a 4 "$file" "$dir/text-$index-"
  done
  # Re-encodings the decoder must recognise: UTF-8 with BOM, UTF-16 with BOM (both orders), GB18030.
  local sample
  sample=$(ls "$dir"/text-* | head -n 3)
  for piece in $sample; do
    local base
    base=$(basename "$piece")
    { printf '\xef\xbb\xbf'; cat "$piece"; } > "$dir/bom-$base"
    { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$piece"; } > "$dir/utf16le-$base" 2>/dev/null || true
    { printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$piece"; } > "$dir/utf16be-$base" 2>/dev/null || true
    iconv -f UTF-8 -t GB18030 "$piece" > "$dir/gb18030-$base" 2>/dev/null || true
  done
  cp Fuzz/Seeds/*.txt "$dir/" 2>/dev/null || true
  import_seeds
}

# ImportFormats reads the first byte as the mode (see Fuzz/Targets/ImportFormats.swift): the
# committed documents whole (0), web pages (3) and the flat .fodt (4); their XML parts, when
# `unzip` is here, as form-feed-separated parts (1: Word, 2: OpenDocument); pdftotext's output of
# the PDF fixture, when poppler is here; and the small hand-made samples in Seeds/import.
import_seeds() {
  local dir=$out/seeds-import formats=Tests/Fixtures/formats file name
  rm -rf "$dir"
  mkdir -p "$dir"
  cp Fuzz/Seeds/import/* "$dir/"
  for file in "$formats"/*.docx "$formats"/*.odt "$formats"/*.fodt "$formats"/*.html; do
    name=$(basename "$file")
    { printf '\x00'; cat "$file"; } > "$dir/file-$name"
  done
  for file in "$formats"/*.html; do
    { printf '\x03'; cat "$file"; } > "$dir/page-$(basename "$file")"
  done
  for file in "$formats"/*.fodt; do
    { printf '\x04'; cat "$file"; } > "$dir/flat-$(basename "$file")"
  done
  if command -v unzip >/dev/null; then
    for file in "$formats"/*.docx; do
      { printf '\x01'; unzip -p "$file" word/document.xml; printf '\f'; unzip -p "$file" word/numbering.xml
        printf '\f'; unzip -p "$file" word/styles.xml; printf '\f'; unzip -p "$file" docProps/core.xml
      } > "$dir/parts-$(basename "$file")" 2>/dev/null || true
    done
    for file in "$formats"/*.odt; do
      { printf '\x02'; unzip -p "$file" content.xml; printf '\f'; unzip -p "$file" styles.xml
        printf '\f'; unzip -p "$file" meta.xml
      } > "$dir/parts-$(basename "$file")" 2>/dev/null || true
    done
  fi
  if command -v pdftotext >/dev/null; then
    { printf '\x00%%PDF-1.4\n'; pdftotext -enc UTF-8 "$formats/speech.pdf" - 2>/dev/null; } \
      > "$dir/pdftotext-speech" || true
  fi
}

run() {
  local target=$1 seconds=$2
  local binary=$out/bin/fuzz-$target corpus=$out/corpus/$target log=$out/logs/$target.log
  mkdir -p "$corpus" "$out/logs" "$out/artifacts"
  echo "fuzz: $target for ${seconds}s" >&2
  # Inputs are capped so each target runs thousands of inputs a second; the slower targets (whole
  # paragraphs wrapped character by character, texts indexed and searched approximately) get less.
  local max_len=4096 dict=Fuzz/speech.dict seeds=$out/seeds
  case $target in LineBreak) max_len=1024 ;; Reanchor | Render) max_len=2048 ;; esac
  # Whole documents: the committed .odt is 63 KB; the XML tokens have their own dictionary.
  if [[ $target == ImportFormats ]]; then
    max_len=65536 dict=Fuzz/import.dict seeds=$out/seeds-import
  fi
  local status=0
  "$binary" -max_total_time="$seconds" -max_len="$max_len" -timeout=25 -rss_limit_mb=2560 \
    -dict="$dict" -print_final_stats=1 -artifact_prefix="$out/artifacts/$target-" \
    "$corpus" "$seeds" >"$log" 2>&1 || status=$?
  local executed
  executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if ((status != 0)) || [[ -z $executed ]]; then
    echo "fuzz: $target FAILED (exit $status); log $log:" >&2
    grep -E 'INVARIANT FAILED|ERROR: |Fatal error|SUMMARY|artifact_prefix|Test unit written' "$log" | head -n 20 >&2 || tail -n 30 "$log" >&2
    return 1
  fi
  echo "fuzz: $target ok: $executed executions in ${seconds}s, corpus $(ls "$corpus" | wc -l) inputs" >&2
  printf '%s\t%s\n' "$target" "$executed" >> "$out/summary.tsv"
}

main() {
  case "${1:-}" in
    --probe) probe; return ;;
    --build) probe && build; return ;;
  esac
  local seconds=${1:-60}
  shift || true
  local targets=("$@")
  ((${#targets[@]})) || targets=("${all_targets[@]}")
  if ! probe; then
    echo "fuzz: swiftc does not support -sanitize=fuzzer,address here" >&2
    return 2
  fi
  build
  seeds
  : > "$out/summary.tsv"
  local failed=0 target
  for target in "${targets[@]}"; do
    run "$target" "$seconds" || failed=1
  done
  return "$failed"
}

# All of the script is read before it runs (a long run survives the file being edited meanwhile).
main "$@"; exit $?
