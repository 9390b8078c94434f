#!/usr/bin/env bash
# Import speed benchmark (docs/performance.md, "Import").
# Generates a synthetic 10-year Strava export (5,000 activities in activities.csv, 1,000 one-hour GPX
# files at one point per second) into recovery-import/target/bench-import/ and times the real import
# in one JVM with a 256 MiB heap (the GPX alone are about 0.8 GB, so memory must not grow with them).
# Usage: bench/import.sh [RUNS] [zip]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl recovery-import -am test-compile
CP="recovery-core/target/classes:recovery-import/target/classes:recovery-import/target/test-classes"
exec java -Xmx256m -cp "$CP" dev.recovery.importer.bench.ImportBenchmark \
  recovery-import/target/bench-import "${1:-5}" "${2:-}"
