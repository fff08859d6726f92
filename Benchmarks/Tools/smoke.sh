#!/usr/bin/env bash
# `make bench-smoke` (part of `make test`): the benchmark tools at a small size, in seconds.
# Converts the committed 1,000-node spec (made by the peers' gen_spec.py, 100 walks), checks
# that the engine reproduces every recorded walk (answers consumed, end node, score), writes
# a transcript per walk and proves with `prelim-coach check --transcripts` that each resumes.
set -euo pipefail
cd "$(dirname "$0")/../.."
SMOKE=.build-bench/smoke
rm -rf "$SMOKE" && mkdir -p "$SMOKE"
python3 Benchmarks/Tools/spec_to_dialogues.py Benchmarks/Fixtures/spec-1000.json "$SMOKE/dialogues" "$SMOKE/walks.txt"
# SwiftPM keeps the build plan of a path dependency while no manifest changes, and so misses
# files added to or removed from the main package since the last build: plan again.
rm -f .build-benchpkg-debug/debug.yaml
(cd Benchmarks && swift build --product prelim-bench --scratch-path ../.build-benchpkg-debug)
BENCH=.build-benchpkg-debug/debug/prelim-bench
"$BENCH" play "$SMOKE/dialogues" "$SMOKE/walks.txt" --repeat 1
"$BENCH" transcripts "$SMOKE/dialogues" "$SMOKE/walks.txt" "$SMOKE/transcripts"
.build/debug/prelim-coach check "$SMOKE/dialogues" --transcripts "$SMOKE/transcripts"
