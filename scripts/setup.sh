#!/usr/bin/env bash
# Installs the system packages SpeechReader needs, when they are missing: the ncursesw
# headers (wide-character API), the SQLite headers GRDB builds against, tmux for the
# end-to-end tests, libxml2's headers (the HTML parser), poppler-utils (pdftotext: reading PDF,
# and the PDF tests) and pandoc (the Markdown export's rendering tests). Idempotent and quiet when
# everything is present. LibreOffice is only for regenerating the format fixtures
# (Tests/Fixtures/formats/README.md), not needed here. `--static` also checks for the static
# archives that scripts/build-release.sh links in.
set -euo pipefail

missing=()
[[ -e /usr/include/ncursesw/curses.h ]] || missing+=(libncurses-dev)
[[ -e /usr/include/sqlite3.h ]] || missing+=(libsqlite3-dev)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
[[ -e /usr/include/libxml2/libxml/HTMLparser.h ]] || missing+=(libxml2-dev)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v pandoc >/dev/null 2>&1 || missing+=(pandoc)
# With --static (scripts/build-release.sh): the static archives a fully static link needs beyond
# the above (libxml2's own dependencies, and glibc's and libstdc++'s archives).
if [[ ${1:-} == --static ]]; then
  has_archive() { compgen -G "/usr/lib/*/$1" >/dev/null || compgen -G "/usr/lib/gcc/*/*/$1" >/dev/null; }
  has_archive liblzma.a || missing+=(liblzma-dev)
  has_archive libz.a || missing+=(zlib1g-dev)
  has_archive libicuuc.a || missing+=(libicu-dev)
  has_archive libc.a || missing+=(libc6-dev)
  has_archive libstdc++.a || missing+=(libstdc++-12-dev)
fi

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
