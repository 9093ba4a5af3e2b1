#!/usr/bin/env bash
# On-demand benchmark (not part of the tests): SPEC's reading speed of the Prometheus form. A
# synthetic day of N GPUs (default 10,000: 14.4 million samples at one a minute) generated GPU by
# GPU, its telemetry rewritten as Prometheus range-query bodies (bench/PrometheusDayWriter.java),
# and the nightly job run with the heap limited (default -Xmx1g) on a fresh state directory on
# the CSV day and on the JSON day: telemetry samples per second, the step's time, peak resident
# memory; then DuckDB on the same JSON (read_json + unnest, bench/DuckDbPrometheusJson.java) when
# its JDBC driver can be had. "Both orders": the program before DuckDB, then DuckDB before the
# program, so that neither has the page cache to itself. The CSV extracts of the CSV day and of
# the JSON day must be the same. Timed runs take flock /tmp/cpu.lock when flock exists.
#   bench/prometheus-json-benchmark.sh [GPUS] [HEAP]
set -euo pipefail
cd "$(dirname "$0")/.."
GPUS="${1:-10000}"
HEAP="${2:-1g}"
DAY=2026-11-25
WORK="target/bench"
DUCKDB_VERSION=1.4.4.0
DUCKDB_JAR="$WORK/lib/duckdb_jdbc-$DUCKDB_VERSION.jar"
LOCK=()
command -v flock > /dev/null && LOCK=(flock /tmp/cpu.lock)
mkdir -p "$WORK"

[ -f target/gpu-usage-reports.jar ] || mvn -B -q package -DskipTests
if [ ! -f "$DUCKDB_JAR" ]; then
    mvn -B -q dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$DUCKDB_VERSION" -DoutputDirectory="$WORK/lib" \
        >/dev/null 2>&1 || echo "(DuckDB's JDBC driver not available: no DuckDB comparison)"
fi

CSV="$WORK/data-$GPUS-gpu"
JSON="$WORK/data-$GPUS-json"
[ -d "$CSV" ] || java -cp target/classes kr.gpuprogram.reports.generate.SyntheticProgramGenerator \
    --gpus "$GPUS" --days 1 --start "$DAY" --order gpu --out "$CSV"
if [ ! -d "$JSON" ]; then
    mkdir -p "$JSON.writing/inbox"
    cp -r "$CSV/reference" "$JSON.writing/"
    cp "$CSV"/inbox/jobs-* "$JSON.writing/inbox/"
    for f in "$CSV"/inbox/gpu-metrics-*.csv; do
        java bench/PrometheusDayWriter.java "$f" "$JSON.writing/inbox/$(basename "$f" .csv).json"
    done
    mv "$JSON.writing" "$JSON"
fi

program() {   # $1 the data dir, $2 a name
    rm -rf "$WORK/state-$2" "$WORK/reports-$2"
    local log="$WORK/run-$2.log"
    "${LOCK[@]}" bash -c 's=$(date +%s%N)
        /usr/bin/time -f "%M" -o "$0/rss-$1.txt" java "-Xmx$2" -jar target/gpu-usage-reports.jar run --date "$3" \
            --data-dir "$4" --report-dir "$0/reports-$1" --state-dir "$0/state-$1" > "$5" 2>&1
        e=$(date +%s%N); echo "$(( (e - s) / 1000000 ))" > "$0/wall-$1.txt"' "$WORK" "$2" "$HEAP" "$DAY" "$1" "$log"
    echo "$2: input $(du -sh "$1/inbox" | cut -f1); $(grep -E "telemetry lines in" "$log" | sed 's/.* - telemetryIngestStep: //');" \
        "run $(cat "$WORK/wall-$2.txt") ms JVM start to exit; peak resident memory $(( $(cat "$WORK/rss-$2.txt") / 1024 )) MB;" \
        "load $(cut -d' ' -f1-3 /proc/loadavg)"
}

duckdb() {
    [ -f "$DUCKDB_JAR" ] || return 0
    "${LOCK[@]}" bash -c 's=$(date +%s%N); /usr/bin/time -f "%M" -o "$0/rss-duckdb.txt" \
        java -cp "$1" bench/DuckDbPrometheusJson.java "$2/inbox/gpu-metrics-*.json"
        code=$?; e=$(date +%s%N)
        echo "duckdb run $(( (e - s) / 1000000 )) ms JVM start to exit, exit $code; peak resident memory $(( $(tail -n 1 "$0/rss-duckdb.txt") / 1024 )) MB"' \
        "$WORK" "$DUCKDB_JAR" "$JSON" || true
}

echo "== $GPUS GPUs, one day, -Xmx$HEAP, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) =="
program "$CSV" csv
program "$JSON" json
duckdb
echo "-- the other order"
duckdb
program "$JSON" json-again
if diff -r -x '*.pdf' -x '*.xlsx' -x provenance.csv -x rejects.csv "$WORK/reports-csv" "$WORK/reports-json" > /dev/null; then
    echo "CSV extracts of the CSV day and the JSON day: identical (provenance.csv aside: it names the files)"
else
    echo "CSV extracts of the CSV day and the JSON day: DIFFERENT"
fi
