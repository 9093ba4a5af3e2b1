#!/usr/bin/env bash
# On-demand benchmark (not part of the tests): generates a synthetic program of N GPUs
# (default 10,000: 14.4 million telemetry rows a day at one sample a minute) and runs the
# nightly job on it from a fresh database, with the heap limited (default -Xmx1g). Prints job
# lines and telemetry rows per second, each step's time, the run's time and the peak heap.
#   bench/nightly-benchmark.sh [GPUS] [HEAP]
set -euo pipefail
cd "$(dirname "$0")/.."
GPUS="${1:-10000}"
HEAP="${2:-1g}"
DAY=2026-11-25
WORK="target/bench"
DATA="$WORK/data-$GPUS"

[ -f target/gpu-usage-reports.jar ] || mvn -B -q package -DskipTests
if [ ! -d "$DATA" ]; then
    java -jar target/gpu-usage-reports.jar generate --gpus "$GPUS" --days 1 --start "$DAY" --out "$DATA"
fi
rm -rf "$WORK/state" "$WORK/reports"
LOG="$WORK/run-$GPUS.log"
start=$(date +%s.%N)
java "-Xmx$HEAP" -jar target/gpu-usage-reports.jar run --date "$DAY" \
    --data-dir "$DATA" --report-dir "$WORK/reports" --state-dir "$WORK/state" > "$LOG" 2>&1
end=$(date +%s.%N)

echo "== $GPUS GPUs, one day, -Xmx$HEAP, $(nproc) cores =="
echo "input: $(du -sh "$DATA/inbox" | cut -f1) in $(ls "$DATA/inbox" | wc -l) files"
grep -E "Step jobFileIngestStep COMPLETED" "$LOG" | sed 's/.* - /job lines:      /'
grep -E "telemetry lines in" "$LOG" | sed 's/.* - telemetryIngestStep: /telemetry rows: /'
grep -E "Step .* COMPLETED in" "$LOG" | sed -E 's/.* - Step ([A-Za-z]+) COMPLETED in ([0-9]+ ms).*/step \1: \2/'
grep -E "RunSummaryListener" "$LOG" | sed 's/.* - /job: /'
awk -v s="$start" -v e="$end" 'BEGIN { printf "process wall time, JVM start to exit: %.1f s\n", e - s }'
