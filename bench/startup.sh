#!/usr/bin/env bash
# Times the real console process: a one-shot `help`, and start to first prompt of the REPL (measured
# as start, prompt, `exit`: an upper bound of start to prompt). Reports the median of N runs for each
# start-up technique. hyperfine is not needed: a bash loop with date +%s%N.
#
#   bench/startup.sh            # 15 runs of each configuration
#   RUNS=31 bench/startup.sh
#
# The figures go into docs/performance.md ("Console start-up").
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-15}"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export RECOVERY_HOME="$home"

./recovery help >/dev/null # builds the jar if needed

jdk17="${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}"
jdk25="${JDK25:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}"

# measure command...: runs it $runs times; prints "median-wall-ms median-cpu-ms" (cpu = user + sys of
# the process tree, which contention from other processes inflates far less than wall time)
measure() {
  local walls=() cpus=() line
  for _ in $(seq "$runs"); do
    line=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1 </dev/null; } 2>&1 | tail -1)
    walls+=("$(echo "$line" | awk '{printf "%d", $1 * 1000}')")
    cpus+=("$(echo "$line" | awk '{printf "%d", ($2 + $3) * 1000}')")
  done
  echo "$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" \
       "$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
}

printf '%-44s %20s %24s\n' "configuration (launcher ./recovery)" "help: wall / cpu ms" "REPL prompt: wall / cpu ms"
run_config() { # label, env assignments...
  local label="$1"; shift
  # warm-up: builds the start-up cache for this JDK if the configuration uses one
  env "$@" ./recovery help >/dev/null 2>&1 || true
  local h r
  h=$(measure env "$@" ./recovery help)
  r=$(measure env "$@" bash -c 'printf "exit\n" | RECOVERY_REPL=1 ./recovery')
  printf '%-44s %20s %24s\n' "$label" "${h% *} / ${h#* }" "${r% *} / ${r#* }"
}

[ -x "$jdk17" ] && run_config "JDK 17, thin class path, no archive" RECOVERY_JAVA="$jdk17" RECOVERY_NO_CACHE=1
[ -x "$jdk17" ] && run_config "JDK 17 + AppCDS archive (default on 17)" RECOVERY_JAVA="$jdk17"
if [ -n "$jdk25" ] && [ -x "$jdk25" ]; then
  run_config "JDK 25, thin class path, no cache" RECOVERY_JAVA="$jdk25" RECOVERY_NO_CACHE=1
  run_config "JDK 25 + AOT cache (default when present)" RECOVERY_JAVA="$jdk25"
fi
echo "runs per figure: $runs; machine: $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"
