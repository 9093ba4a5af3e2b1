#!/usr/bin/env bash
# On-demand benchmark (not part of the tests): generates a synthetic day of N GPUs (default
# 10,000: 14.4 million telemetry rows at one sample a minute) in both row orders of the
# telemetry files (time by time, and GPU by GPU), runs the nightly job on each from a fresh
# database with the heap limited (default -Xmx1g), and prints job lines and telemetry rows per
# second, each step's time, the run's time, the peak heap and resident memory, and the load of
# the machine. When DuckDB's JDBC driver can be had (target/bench/lib, fetched with Maven; a
# bench-only download, never in the shipped jar), DuckDB's time on the same files is printed
# beside it. The CSV extracts of both orders must be the same. Each timed run is wrapped in
# flock /tmp/cpu.lock when flock exists (a shared machine's other benchmarks and test suites
# take the same lock).
#   bench/nightly-benchmark.sh [GPUS] [HEAP] [ORDERS]      ORDERS default "time gpu"
set -euo pipefail
cd "$(dirname "$0")/.."
GPUS="${1:-10000}"
HEAP="${2:-1g}"
ORDERS="${3:-time gpu}"
DAY=2026-11-25
WORK="target/bench"
DUCKDB_VERSION=1.4.4.0
DUCKDB_JAR="$WORK/lib/duckdb_jdbc-$DUCKDB_VERSION.jar"
LOCK=()
command -v flock > /dev/null && LOCK=(flock /tmp/cpu.lock)

[ -f target/gpu-usage-reports.jar ] || mvn -B -q package -DskipTests
if [ ! -f "$DUCKDB_JAR" ]; then
    mvn -B -q dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$DUCKDB_VERSION" -DoutputDirectory="$WORK/lib" \
        >/dev/null 2>&1 || echo "(DuckDB's JDBC driver not available: no DuckDB comparison)"
fi

for ORDER in $ORDERS; do
    DATA="$WORK/data-$GPUS-$ORDER"
    if [ ! -d "$DATA" ]; then
        java -cp target/classes kr.gpuprogram.reports.generate.SyntheticProgramGenerator \
            --gpus "$GPUS" --days 1 --start "$DAY" --order "$ORDER" --out "$DATA"
    fi
    rm -rf "$WORK/state-$ORDER" "$WORK/reports-$GPUS-$ORDER"
    LOG="$WORK/run-$GPUS-$ORDER.log"
    echo "== $GPUS GPUs, one day, telemetry in $ORDER order, -Xmx$HEAP, $(nproc) cores =="
    "${LOCK[@]}" bash -c 'echo "load before: $(uptime | sed "s/.*load average/load average/")"
        start=$(date +%s.%N)
        /usr/bin/time -f "%M" -o "$0/rss-$1.txt" java "-Xmx$2" -jar target/gpu-usage-reports.jar run --date "$3" \
            --data-dir "$4" --report-dir "$0/reports-$5-$1" --state-dir "$0/state-$1" > "$6" 2>&1
        end=$(date +%s.%N)
        echo "$start $end" > "$0/wall-$1.txt"' "$WORK" "$ORDER" "$HEAP" "$DAY" "$DATA" "$GPUS" "$LOG"
    read -r start end < "$WORK/wall-$ORDER.txt"
    echo "input: $(du -sh "$DATA/inbox" | cut -f1) in $(ls "$DATA/inbox" | wc -l) files"
    grep -E "Step jobFileIngestStep COMPLETED" "$LOG" | sed 's/.* - /job lines:      /'
    grep -E "telemetry lines in" "$LOG" | sed 's/.* - telemetryIngestStep: /telemetry rows: /'
    grep -E "Step .* COMPLETED in" "$LOG" | sed -E 's/.* - Step ([A-Za-z]+) COMPLETED in ([0-9]+ ms).*/step \1: \2/'
    grep -E "RunSummaryListener" "$LOG" | sed 's/.* - /job: /'
    awk -v s="$start" -v e="$end" 'BEGIN { printf "process wall time, JVM start to exit: %.1f s\n", e - s }'
    echo "peak resident memory: $(( $(cat "$WORK/rss-$ORDER.txt") / 1024 )) MB"
    if [ -f "$DUCKDB_JAR" ]; then
        "${LOCK[@]}" bash -c 'dstart=$(date +%s.%N)
            java -cp "$0" bench/DuckDbTelemetry.java "$1/inbox/gpu-metrics-*.csv"
            dend=$(date +%s.%N)
            awk -v s="$dstart" -v e="$dend" "BEGIN { printf \"duckdb process wall time, JVM start to exit: %.1f s (load before: %s)\n\", e - s, \"$(cut -d" " -f1 /proc/loadavg)\" }"' \
            "$DUCKDB_JAR" "$DATA"
    fi
    echo "load after: $(uptime | sed 's/.*load average/load average/')"
done
set -- $ORDERS
if [ $# -ge 2 ]; then
    if diff -r -x '*.pdf' -x '*.xlsx' -x provenance.csv "$WORK/reports-$GPUS-$1" "$WORK/reports-$GPUS-$2" > /dev/null; then
        echo "CSV extracts of the $1 and $2 orders: identical (provenance.csv aside: it holds the files' hashes)"
    else
        echo "CSV extracts of the $1 and $2 orders: DIFFERENT"
    fi
fi
