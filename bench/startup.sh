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

median_ms() { # command...: runs it $runs times, prints the median wall time in ms
  local times=() start end
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 </dev/null || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

repl_once() { printf 'exit\n' | RECOVERY_REPL=1 ./recovery >/dev/null 2>&1; }
help_once() { ./recovery help; }

printf '%-44s %12s %18s\n' "configuration (launcher ./recovery)" "help (ms)" "REPL prompt (ms)"
run_config() { # label, env assignments...
  local label="$1"; shift
  # warm-up: builds the start-up cache for this JDK if the configuration uses one
  env "$@" ./recovery help >/dev/null 2>&1 || true
  local h r
  h=$(median_ms env "$@" ./recovery help)
  r=$(median_ms env "$@" bash -c 'printf "exit\n" | RECOVERY_REPL=1 ./recovery')
  printf '%-44s %12s %18s\n' "$label" "$h" "$r"
}

[ -x "$jdk17" ] && run_config "JDK 17, thin class path, no archive" RECOVERY_JAVA="$jdk17" RECOVERY_NO_CACHE=1
[ -x "$jdk17" ] && run_config "JDK 17 + AppCDS archive (default on 17)" RECOVERY_JAVA="$jdk17"
if [ -n "$jdk25" ] && [ -x "$jdk25" ]; then
  run_config "JDK 25, thin class path, no cache" RECOVERY_JAVA="$jdk25" RECOVERY_NO_CACHE=1
  run_config "JDK 25 + AOT cache (default when present)" RECOVERY_JAVA="$jdk25"
fi
echo "runs per figure: $runs; machine: $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)"
