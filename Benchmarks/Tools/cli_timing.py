#!/usr/bin/env python3
"""Whole-process timings of the real `prelim-coach` binary, stdin and stdout pipes.

  cli_timing.py first-prompt --coach BIN --hello BIN [--runs N] [-- coach args...]
      Figure 4: from spawning `prelim-coach coach` to the first question fully written
      (its hint line, `  (...)`), against the whole run of a hello world.
  cli_timing.py turn --coach BIN --dialogues DIR --walks FILE --home DIR [--walks-used K]
      Figure 5: from writing an answer to the next question fully written, for every answer
      of K walks; the data directory (`--home`) decides whether the journal's fsync costs
      anything (tmpfs) or not (a disk).
  cli_timing.py fsync --dir DIR [--runs N]
      The cost of one append plus fsync of a transcript-sized line in DIR.
  cli_timing.py replay --coach BIN --dialogues DIR --transcripts DIR [--runs N]
      Figure 6: `check DIR --transcripts T`, and `check DIR` alone; turns are typed answers.

Each prints one JSON line. Medians; times in seconds.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def hint_line(line):
    return line.startswith(b"  (") and line.rstrip().endswith(b")")


def wait_for_hint(stream):
    """Reads lines until a question's hint line; False at end of output."""
    while True:
        line = stream.readline()
        if not line:
            return False
        if hint_line(line):
            return True


def spawn(coach, args, home):
    env = dict(os.environ, PRELIM_COACH_HOME=home, NO_COLOR="1")
    return subprocess.Popen([coach, "coach", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env)


def first_prompt(a):
    prompt, hello = [], []
    with tempfile.TemporaryDirectory(dir="/dev/shm") as home:
        for _ in range(a.runs):
            start = time.perf_counter()
            proc = spawn(a.coach, a.rest, home)
            if not wait_for_hint(proc.stdout):
                raise SystemExit("prelim-coach wrote no question")
            prompt.append(time.perf_counter() - start)
            proc.stdin.close()
            proc.stdout.read()
            proc.wait()
            start = time.perf_counter()
            subprocess.run([a.hello], stdout=subprocess.DEVNULL, check=True)
            hello.append(time.perf_counter() - start)
    p, h = statistics.median(prompt), statistics.median(hello)
    print(json.dumps({"figure": "first_prompt", "runs": a.runs, "first_prompt_s": round(p, 5),
                      "hello_s": round(h, 5), "ratio": round(p / h, 3)}))


def turn(a):
    walks = [line.split() for line in open(a.walks, encoding="utf-8").read().splitlines()][: a.walks_used]
    latencies = []
    for walk in walks:
        proc = spawn(a.coach, ["--dialogues", a.dialogues], a.home)
        if not wait_for_hint(proc.stdout):
            raise SystemExit("prelim-coach wrote no question")
        answers = walk[3:]
        for index, answer in enumerate(answers):
            start = time.perf_counter()
            proc.stdin.write(answer.encode() + b"\n")
            proc.stdin.flush()
            if index + 1 < len(answers):
                if not wait_for_hint(proc.stdout):
                    raise SystemExit("the session ended early")
                latencies.append(time.perf_counter() - start)
        proc.stdin.close()
        proc.stdout.read()
        proc.wait()
    latencies.sort()
    print(json.dumps({"figure": "turn", "home": a.home, "turns": len(latencies),
                      "median_s": round(statistics.median(latencies), 6),
                      "p90_s": round(latencies[int(len(latencies) * 0.9)], 6)}))


def fsync(a):
    times = []
    line = b'{"at":"2026-11-25T09:00:00Z","kind":"output","output":{"said":{"node":"n1","text":"' + b"x" * 200 + b'"}}}\n'
    fd, path = tempfile.mkstemp(dir=a.dir)
    try:
        for _ in range(a.runs):
            start = time.perf_counter()
            os.write(fd, line)
            os.fsync(fd)
            times.append(time.perf_counter() - start)
    finally:
        os.close(fd)
        os.unlink(path)
    print(json.dumps({"figure": "fsync", "dir": a.dir, "runs": a.runs, "median_s": round(statistics.median(times), 6)}))


def timed_run(argv):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} failed:\n{out.decode(errors='replace')[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def replay(a):
    names = [n for n in os.listdir(a.transcripts) if n.endswith(".jsonl")]
    turns = 0
    for name in names:
        with open(os.path.join(a.transcripts, name), encoding="utf-8") as f:
            turns += sum(1 for line in f if '"kind":"input"' in line)
    # --generated: the converted spec declares more variables than hand-written dialogues may.
    full = [timed_run([a.coach, "check", "--generated", a.dialogues, "--transcripts", a.transcripts]) for _ in range(a.runs)]
    alone = [timed_run([a.coach, "check", "--generated", a.dialogues]) for _ in range(a.runs)]
    t_full = statistics.median(t for t, _, _ in full)
    t_alone = statistics.median(t for t, _, _ in alone)
    # CPU time is steadier than the wall clock on a shared machine; the difference is what the
    # transcripts add to the check, small beside the condition analysis of a converted graph.
    cpu_full = min(c for _, _, c in full)
    cpu_alone = min(c for _, _, c in alone)
    print(json.dumps({"figure": "replay", "transcripts": len(names), "turns": turns,
                      "check_with_transcripts_s": round(t_full, 4), "check_alone_s": round(t_alone, 4),
                      "cpu_with_transcripts_s": round(cpu_full, 3), "cpu_alone_s": round(cpu_alone, 3),
                      "turns_per_s_whole": round(turns / t_full), "turns_per_s_replay": round(turns / max(t_full - t_alone, 1e-9)),
                      # Under a hundredth of a second is below what this measures (null).
                      "turns_per_s_replay_cpu": round(turns / (cpu_full - cpu_alone)) if cpu_full - cpu_alone > 0.01 else None,
                      "peak_rss_mb": round(max(r for _, r, _ in full), 1)}))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    p = sub.add_parser("first-prompt")
    p.add_argument("--coach", required=True)
    p.add_argument("--hello", required=True)
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("rest", nargs="*")
    p = sub.add_parser("turn")
    p.add_argument("--coach", required=True)
    p.add_argument("--dialogues", required=True)
    p.add_argument("--walks", required=True)
    p.add_argument("--home", required=True)
    p.add_argument("--walks-used", type=int, default=20)
    p = sub.add_parser("fsync")
    p.add_argument("--dir", required=True)
    p.add_argument("--runs", type=int, default=50)
    p = sub.add_parser("replay")
    p.add_argument("--coach", required=True)
    p.add_argument("--dialogues", required=True)
    p.add_argument("--transcripts", required=True)
    p.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    {"first-prompt": first_prompt, "turn": turn, "fsync": fsync, "replay": replay}[a.what](a)


if __name__ == "__main__":
    main()
