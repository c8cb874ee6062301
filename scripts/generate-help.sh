#!/usr/bin/env bash
# Writes the top-level help the argument parser generates into
# Sources/speechreader/Commands/TopLevelHelp.swift (the reader prints that text without asking
# the parser, which would cost half of the start-up). Run after changing a command's name,
# abstract or the root's options; the test it runs fails until then.
set -euo pipefail
cd "$(dirname "$0")/.."
SPEECHREADER_RECORD_HELP=1 swift test --filter 'CommandLineVersionTests/committedHelp'
git diff --stat -- Sources/speechreader/Commands/TopLevelHelp.swift
