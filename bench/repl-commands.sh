#!/usr/bin/env bash
# Times commands inside one console process against a journal holding 10 years of training
# (4,000 runs, 1,000 check-ins), as issue 7 asks: every command at most 20 ms at the 99th
# percentile. Each command runs REPEAT times in one `script`; the console reports each command's
# time inside the process (RECOVERY_TIMING=1) and this script prints p50/p99 per command, plus the
# resident memory of the process at the end (VmHWM).
#
#   bench/repl-commands.sh          # REPEAT=200
set -euo pipefail
cd "$(dirname "$0")/.."
repeat="${REPEAT:-200}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export RECOVERY_HOME="$work/home"
./recovery help >/dev/null

# 10 years of training: 4,000 runs from 2016-11-24 on, one every 0.91 days, and 1,000 check-ins,
# one every 3.65 days.
python3 - "$work/fill.txt" <<'PY'
import sys, datetime
start = datetime.date(2016, 11, 24)
types = ["easy", "easy", "long", "tempo", "intervals", "recovery", "easy", "marathon-pace"]
with open(sys.argv[1], "w") as f:
    for i in range(4000):
        day = start + datetime.timedelta(days=int(i * 0.91))
        km = 6 + (i * 7) % 20
        f.write(f"log run --date {day} --distance {km}km --duration {km * 5 + 3}:00 --type {types[i % len(types)]} --rpe {3 + i % 6}\n")
    regions = ["calf", "shin", "knee", "hamstring", "achilles"]
    for i in range(1000):
        day = start + datetime.timedelta(days=int(i * 3.65))
        f.write(f"checkin --date {day} --region {regions[i % 5]} --side both --pain {i % 5} --quality dull --spread widespread "
                f"--onset delayed --hours-since-run {12 + i % 40} --trend improving --movement eases\n")
PY
start=$(date +%s%N)
./recovery script "$work/fill.txt" >/dev/null
echo "filled the journal with 5,000 entries in $(( ($(date +%s%N) - start) / 1000000 )) ms ($(wc -c < "$RECOVERY_HOME/journal.jsonl") bytes)"

: > "$work/bench.txt"
for _ in $(seq "$repeat"); do
  cat >> "$work/bench.txt" <<'CMDS'
history --from 2026-08-01
history --format json --from 2026-06-01
triage --region calf --side both --pain 2 --quality dull --spread widespread --onset delayed --hours-since-run 30 --trend improving --movement eases --format json
recover --date 2026-09-20
load --date 2026-09-20
readiness --date 2026-09-20
paces --goal 3:30:00
profile
shoes list
log run --date 2026-11-21 --distance 10km --duration 55:00
undo
help log run
CMDS
done
RECOVERY_TIMING=1 ./recovery script "$work/bench.txt" >/dev/null 2>"$work/timing.txt" &
pid=$!
hwm=""
while kill -0 "$pid" 2>/dev/null; do
  java_pid=$(pgrep -P "$pid" java 2>/dev/null | head -1 || true)
  [ -z "$java_pid" ] && java_pid=$pid
  h=$(awk '/VmHWM/ {print $2}' "/proc/$java_pid/status" 2>/dev/null || true)
  [ -n "$h" ] && hwm=$h
  sleep 0.2
done
wait "$pid"
python3 - "$work/timing.txt" <<'PY'
import sys, math, collections
times = collections.defaultdict(list)
for line in open(sys.argv[1]):
    if line.startswith("timing: "):
        _, command, micros = line.split()
        times[command].append(int(micros) / 1000)
warmup = 5  # the first runs of each command (class loading, first compilation) are reported apart
print(f"{'command':<14} {'first ms':>9} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}   (p50/p99/max after {warmup} warm-up runs)")
for command in sorted(times):
    if command == "script":
        continue
    first = times[command][0]
    v = sorted(times[command][warmup:]) or [first]
    p = lambda q: v[min(len(v) - 1, math.ceil(q * len(v)) - 1)]
    print(f"{command:<14} {first:9.2f} {p(0.50):8.2f} {p(0.99):8.2f} {v[-1]:8.2f}")
PY
echo "runs per command: $repeat; peak resident memory of the console process: $(( ${hwm:-0} / 1024 )) MB"
