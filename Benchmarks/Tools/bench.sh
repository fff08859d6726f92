#!/usr/bin/env bash
# `make bench`: the peers and PrelimCoach side by side in one run, then whole-process timings.
# Copies the peers from ../shared/peers (never committed) into .build-bench/peers, builds a
# venv from their pinned requirements, generates each spec once, converts it, and runs all
# three engines on the same graph and walks. Prints every figure beside its target.
# Env knobs: SIZES="1000 10000 100000"  PATHS=1000  SEED=1  REPEAT=3  SAMPLE_SECONDS=0.4  PEERS=../shared/peers
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
WORK=.build-bench
OUT=$WORK/out
PEERS_SRC=${PEERS:-../shared/peers}
SIZES=${SIZES:-1000 10000 100000}; PATHS=${PATHS:-1000}; SEED=${SEED:-1}; REPEAT=${REPEAT:-3}; SAMPLE_SECONDS=${SAMPLE_SECONDS:-0.4}
mkdir -p "$OUT"
if [ ! -d "$WORK/peers" ]; then cp -r "$PEERS_SRC" "$WORK/peers"; fi
PY=$WORK/peers/.venv/bin/python
if [ ! -x "$PY" ]; then
  python3 -m venv "$WORK/peers/.venv"
  "$PY" -m pip install -q -r "$WORK/peers/requirements.txt"
fi

echo "# building release binaries" >&2
# Release builds inline code across modules, and SwiftPM has kept a module's objects compiled
# against an older layout of DialogueCore's types (a crash destroying a Transcript after a
# merge): the project's own modules are compiled afresh each run, the packages are kept.
rm -rf .build-release/*/release/{DialogueCore,DialogueAuthoring,prelim_coach}.build \
  .build-benchpkg/*/release/{DialogueCore,DialogueAuthoring,BenchSupport,prelim_bench,hello_foundation}.build
# Plan again, so that SwiftPM does not look for what was just removed (and sees a path
# dependency's added or removed files).
rm -f .build-release/release.yaml .build-benchpkg/release.yaml
swift build -c release --scratch-path .build-release >&2
(cd Benchmarks && swift build -c release --product prelim-bench --scratch-path ../.build-benchpkg >&2 &&
  swift build -c release --product hello-foundation --scratch-path ../.build-benchpkg >&2)
COACH=.build-release/release/prelim-coach
BENCH=.build-benchpkg/release/prelim-bench
HELLO=.build-benchpkg/release/hello-foundation

RES=$OUT/results-$(date -u +%Y%m%dT%H%M%SZ).jsonl
echo "# $(date -u +%FT%TZ) nproc=$(nproc) load='$(cut -d' ' -f1-3 /proc/loadavg)'" | tee "$RES" >&2
for n in $SIZES; do
  spec=$OUT/spec-$n.json
  [ -f "$spec" ] || "$PY" "$WORK/peers/gen_spec.py" -n "$n" --paths "$PATHS" --seed "$SEED" -o "$spec"
  "$PY" Benchmarks/Tools/spec_to_dialogues.py "$spec" "$OUT/dlg-$n" "$OUT/walks-$n.txt"
  for eng in bink transitions; do
    "$PY" "$WORK/peers/run_$eng.py" "$spec" --repeat "$REPEAT" | tee -a "$RES"
  done
  # A sample of PrelimCoach's play lasts as long as about one play of the faster peer (see
  # prelim-bench): a 30 ms play alone measures the machine's other jobs as much as the engine.
  "$BENCH" play "$OUT/dlg-$n" "$OUT/walks-$n.txt" --repeat "$REPEAT" --sample-seconds "$SAMPLE_SECONDS" | tee -a "$RES"
done

# Figure 4: time to first prompt on the shipped dialogues.
python3 Benchmarks/Tools/cli_timing.py first-prompt --coach "$COACH" --hello "$HELLO" --runs 30 | tee -a "$RES"
# Figure 5: a turn in the real CLI; tmpfs makes the journal's fsync free, the disk does not.
mkdir -p /dev/shm/prelim-bench-home "$WORK/home-disk"
python3 Benchmarks/Tools/cli_timing.py turn --coach "$COACH" --dialogues "$OUT/dlg-1000" --walks "$OUT/walks-1000.txt" \
  --home /dev/shm/prelim-bench-home --walks-used 20 | tee -a "$RES"
python3 Benchmarks/Tools/cli_timing.py turn --coach "$COACH" --dialogues "$OUT/dlg-1000" --walks "$OUT/walks-1000.txt" \
  --home "$ROOT/$WORK/home-disk" --walks-used 20 | tee -a "$RES"
python3 Benchmarks/Tools/cli_timing.py fsync --dir "$ROOT/$WORK/home-disk" | tee -a "$RES"
rm -rf /dev/shm/prelim-bench-home
# Figure 6: 1,000 transcripts of about 40 answers (45 on average: walks of ~83 steps), and 100 of them for memory.
"$PY" "$WORK/peers/gen_spec.py" -n 1000 --paths 1000 --seed "$SEED" --turns 82 -o "$OUT/spec-replay.json"
"$PY" Benchmarks/Tools/spec_to_dialogues.py "$OUT/spec-replay.json" "$OUT/dlg-replay" "$OUT/walks-replay.txt"
rm -rf "$OUT/transcripts" "$OUT/transcripts-100"
"$BENCH" transcripts "$OUT/dlg-replay" "$OUT/walks-replay.txt" "$OUT/transcripts" >&2
# The first 100 by name (a glob, not ls | head: with pipefail, ls killed by SIGPIPE failed the run).
transcripts=("$OUT"/transcripts/*.jsonl)
mkdir -p "$OUT/transcripts-100" && cp "${transcripts[@]:0:100}" "$OUT/transcripts-100/"
"$BENCH" replay "$OUT/dlg-replay" "$OUT/transcripts" --repeat "$REPEAT" | tee -a "$RES"
"$BENCH" replay "$OUT/dlg-replay" "$OUT/transcripts-100" --repeat "$REPEAT" | tee -a "$RES"
python3 Benchmarks/Tools/cli_timing.py replay --coach "$COACH" --dialogues "$OUT/dlg-replay" --transcripts "$OUT/transcripts" --runs 3 | tee -a "$RES"
python3 Benchmarks/Tools/cli_timing.py replay --coach "$COACH" --dialogues "$OUT/dlg-replay" --transcripts "$OUT/transcripts-100" --runs 3 | tee -a "$RES"
echo "# load at the end: '$(cut -d' ' -f1-3 /proc/loadavg)'" | tee -a "$RES" >&2
python3 Benchmarks/Tools/figures.py "$RES"
