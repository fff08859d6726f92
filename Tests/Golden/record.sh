#!/usr/bin/env bash
# Re-records the golden transcripts from their answers files and days (users.txt), on purpose:
# run it after a deliberate change to the dialogues, then read `git diff Tests/Golden` as a
# reviewer would - every changed line is a change a user will see. A transcript that still
# replays identically is kept as it is, so the diff shows only real changes.
set -euo pipefail
cd "$(dirname "$0")"
binary=${PRELIM_COACH:-../../.build/debug/prelim-coach}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
while read -r name today; do
    case "$name" in ''|'#'*) continue ;; esac
    if [ -f "$name.jsonl" ] && "$binary" replay --check --dialogues ../../dialogues "$name.jsonl" >/dev/null 2>&1; then
        echo "unchanged $name.jsonl"
        continue
    fi
    rm -f "$name.jsonl"
    PRELIM_COACH_HOME="$home" TZ=UTC "$binary" coach --dialogues ../../dialogues --answers "answers/$name.yaml" \
        --today "$today" --transcript "$name.jsonl" </dev/null >/dev/null
    echo "recorded $name.jsonl ($today)"
done < users.txt
