#!/usr/bin/env bash
# On-demand benchmark (not part of the tests) of reports from stored figures: generates a long
# synthetic period (default a year of 2,000 GPUs at one sample an hour: a 10,000-GPU year is
# 4.3 GB of telemetry, more than this benchmark needs to measure what reports cost), ingests it
# once with the nightly job of its last day, then times, each from JVM start to exit:
#   report --month <last month>          (target: 5 s of job)
#   rerun --from <first day> --to <last>  (every day recomputed and its report rewritten, then the
#                                          range's report; target for the range's report: 30 s)
# Each timed run is wrapped in flock /tmp/cpu.lock when flock exists (a shared machine's other
# benchmarks and test suites take the same lock), and the machine's load is printed beside it.
#   bench/report-benchmark.sh [GPUS] [DAYS] [START] [INTERVAL]
set -euo pipefail
cd "$(dirname "$0")/.."
GPUS="${1:-2000}"
DAYS="${2:-365}"
START="${3:-2025-12-01}"
INTERVAL="${4:-3600}"
LAST=$(date -d "$START + $((DAYS - 1)) days" +%F)
MONTH=${LAST:0:7}
source bench/common.sh
DATA="$WORK/period-$GPUS-$DAYS-$START"
STATE="$WORK/period-state-$GPUS-$DAYS-$START"
if [ ! -d "$DATA" ]; then
    java -cp target/classes kr.gpuprogram.reports.generate.SyntheticProgramGenerator \
        --gpus "$GPUS" --days "$DAYS" --start "$START" --interval "$INTERVAL" --out "$DATA"
fi
load() { cut -d' ' -f1-3 /proc/loadavg; }
timed() { # NAME ARGS...: one run from JVM start to exit, its job and report lines
    local name=$1; shift
    local log="$WORK/period-$name.log"
    "${LOCK[@]}" bash -c 'l=$(cut -d" " -f1-3 /proc/loadavg); s=$(date +%s%N)
        /usr/bin/time -f "%M" -o "$0.rss" java -Xmx1g -jar target/gpu-usage-reports.jar "$@" > "$0" 2>&1
        e=$(date +%s%N); awk -v s="$s" -v e="$e" -v l="$l" "BEGIN { printf \"JVM start to exit: %.1f s (load before: %s)\n\", (e - s) / 1e9, l }"' \
        "$log" "$@"
    echo "peak resident memory: $(( $(cat "$log.rss") / 1024 )) MB"
    grep -E "Step .* COMPLETED in" "$log" | sed -E 's/.* - Step ([A-Za-z]+) COMPLETED in ([0-9]+ ms).*/  step \1: \2/'
    grep -E "RunSummaryListener" "$log" | sed 's/.* - /  job: /'
}
if [ ! -d "$STATE" ]; then
    echo "== ingest once: $GPUS GPUs, $DAYS days from $START ($(du -sh "$DATA/inbox" | cut -f1), $(ls "$DATA/inbox" | wc -l) files) =="
    timed ingest run --date "$LAST" --data-dir "$DATA" --state-dir "$STATE" --report-dir "$WORK/period-reports-ingest"
fi
echo "== report --month $MONTH from stored figures =="
rm -rf "$WORK/period-reports-month"
timed month report --month "$MONTH" --data-dir "$DATA" --state-dir "$STATE" --report-dir "$WORK/period-reports-month"
grep -E "Wrote report" "$WORK/period-month.log" | sed 's/.* - /  /'
echo "== rerun --from $START --to $LAST =="
rm -rf "$WORK/period-reports-rerun"
timed rerun rerun --from "$START" --to "$LAST" --data-dir "$DATA" --state-dir "$STATE" --report-dir "$WORK/period-reports-rerun"
echo "  day reports written: $(grep -c "Wrote report" "$WORK/period-rerun.log")"
grep -E "Wrote report .*/${START}_${LAST} " "$WORK/period-rerun.log" | sed 's/.* - /  range: /'
echo "load after: $(load)"
