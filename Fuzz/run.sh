#!/bin/sh
# Runs each fuzz target for FUZZ_SECONDS (default 60), two at a time, on a working copy of its
# seed corpus in .build/corpus/TARGET; logs go to .build/fuzz-logs/TARGET.log. A crash, hang
# (over 10 s on one input) or leak stops that target and leaves the input in .build/artifacts/.
# Usage: Fuzz/run.sh [TARGET...]
set -u
cd "$(dirname "$0")"
seconds=${FUZZ_SECONDS:-60}
targets=${*:-FuzzDialogue FuzzExpression FuzzTranscript FuzzAnswersFile FuzzAnswer}
mkdir -p .build/fuzz-logs .build/artifacts
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$(pwd)/lsan.supp"

run_one() {
    mkdir -p ".build/corpus/$1"
    cp -n "Corpus/$1"/* ".build/corpus/$1/"
    # A copy runs, so that rebuilding meanwhile cannot garble the symbols of its reports.
    cp ".build/debug/$1" ".build/running-$1"
    nice -n 10 ".build/running-$1" ".build/corpus/$1" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix=".build/artifacts/$1-" > ".build/fuzz-logs/$1.log" 2>&1
    status=$?
    echo "$1: exit $status after ${seconds}s, corpus $(ls ".build/corpus/$1" | wc -l) inputs ($(grep -c '^#.*NEW' ".build/fuzz-logs/$1.log") new); log Fuzz/.build/fuzz-logs/$1.log"
    return $status
}

failed=0
set -- $targets
while [ $# -gt 0 ]; do
    first=$1; shift
    if [ $# -gt 0 ]; then
        second=$1; shift
        run_one "$first" & pid=$!
        run_one "$second" || failed=1
        wait $pid || failed=1
    else
        run_one "$first" || failed=1
    fi
done
exit $failed
