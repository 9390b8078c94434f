#!/usr/bin/env bash
# Import speed benchmark (docs/performance.md, "Import").
#
# Generates (once) a synthetic 10-year Strava export into recovery-import/target/bench-import/export/:
# 5,000 activities in activities.csv, 1,000 of them with a one-hour GPX at one point per second,
# gzipped as Strava ships them (activities/<id>.gpx.gz, about 720 MB of XML once unpacked). Then, RUNS
# times, in the same run so that both see the same machine load:
#   1. zcat over the same 1,000 track files to /dev/null: the floor, merely decompressing them;
#   2. the console itself, end to end, into a fresh data directory:
#        RECOVERY_HOME=$(mktemp -d) ./recovery import --file <export>
#      (JVM start, CSV, every GPX parsed, deduplication, 4,500 journal entries in one fsynced write),
#      with its peak resident memory from /usr/bin/time when available.
# and prints each ratio console/zcat (target: at most 1.5) and the median of them.
#
# Usage: bench/import.sh [RUNS]        (default 5)
#        bench/import.sh library [RUNS] [zip]   the library alone in one JVM (Importer.plan), as before
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
dir="$root/recovery-import/target/bench-import"
export_dir="$dir/export"
CP="recovery-core/target/classes:recovery-import/target/classes:recovery-import/target/test-classes"

./mvnw -q -B -o -pl recovery-import -am test-compile
if [ "${1:-}" = "library" ]; then
  exec java -Xmx256m -cp "$CP" dev.recovery.importer.bench.ImportBenchmark "$dir" "${2:-5}" "${3:-}"
fi
runs="${1:-5}"
java -Xmx256m -cp "$CP" dev.recovery.importer.bench.ImportBenchmark "$dir" generate

# Build the console now (./recovery would otherwise build it inside the first timed run), and let it
# prepare its start-up cache once, untimed.
./mvnw -q -B -o -pl recovery-shell -am package -Dmaven.test.skip=true
touch recovery-shell/target/recovery-shell.jar
warm="$(mktemp -d)"
RECOVERY_HOME="$warm" ./recovery help >/dev/null 2>&1 || true
rm -rf "$warm"

tracks=("$export_dir"/activities/*.gpx.gz)
echo "export: ${#tracks[@]} track files, $(du -sh "$export_dir" | cut -f1) on disk; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
now() { date +%s.%N; }
ratios=()
for i in $(seq 1 "$runs"); do
  zcat_cpu_file="$(mktemp)"
  t0="$(now)"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%U %S' -o "$zcat_cpu_file" zcat "${tracks[@]}" >/dev/null
  else
    zcat "${tracks[@]}" >/dev/null
  fi
  t1="$(now)"
  home="$(mktemp -d)"
  rss_file="$(mktemp)"
  t2="$(now)"
  if [ -x /usr/bin/time ]; then
    RECOVERY_HOME="$home" /usr/bin/time -f '%M %U %S' -o "$rss_file" ./recovery import --file "$export_dir" >"$home/out.txt"
  else
    RECOVERY_HOME="$home" ./recovery import --file "$export_dir" >"$home/out.txt"
  fi
  t3="$(now)"
  zcat_s="$(echo "$t1 - $t0" | bc -l)"
  console_s="$(echo "$t3 - $t2" | bc -l)"
  ratio="$(echo "$console_s / $zcat_s" | bc -l)"
  ratios+=("$ratio")
  read -r rss console_user console_sys <"$rss_file" 2>/dev/null || rss='?'
  printf 'run %d: zcat %.2f s, console import %.2f s, ratio %.2f, peak RSS %s MB, load %s\n' "$i" "$zcat_s" "$console_s" "$ratio" \
    "$([ "$rss" = '?' ] && echo '?' || echo $((rss / 1024)))" "$(cut -d' ' -f1 /proc/loadavg)"
  # CPU time (user + system, all threads) is steadier than wall time on a loaded machine.
  if [ "$rss" != '?' ] && read -r zcat_user zcat_sys <"$zcat_cpu_file" 2>/dev/null; then
    printf '  CPU: zcat %.2f s, console import %.2f s (all threads)\n' "$(echo "$zcat_user + $zcat_sys" | bc -l)" \
      "$(echo "$console_user + $console_sys" | bc -l)"
  fi
  [ "$i" = 1 ] && sed -n 's/^Imported: /  result: /p' "$home/out.txt"
  rm -rf "$home" "$rss_file" "$zcat_cpu_file"
done
median="$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
printf 'median ratio console/zcat over %d runs: %.2f (target: at most 1.5)\n' "$runs" "$median"
