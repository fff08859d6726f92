#!/usr/bin/env bash
# Re-records every golden transcript from its answers file and day (users.txt), on purpose:
# run it after a deliberate change to the dialogues, then read `git diff Tests/Golden` as a
# reviewer would - every changed line is a change a user will see.
set -euo pipefail
cd "$(dirname "$0")"
binary=${PRELIM_COACH:-../../.build/debug/prelim-coach}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
while read -r name today; do
    case "$name" in ''|'#'*) continue ;; esac
    rm -f "$name.jsonl"
    PRELIM_COACH_HOME="$home" TZ=UTC "$binary" coach --dialogues ../../dialogues --answers "answers/$name.yaml" \
        --today "$today" --transcript "$name.jsonl" </dev/null >/dev/null
    echo "recorded $name.jsonl ($today)"
done < users.txt
