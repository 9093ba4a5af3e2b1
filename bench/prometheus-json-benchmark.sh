#!/usr/bin/env bash
# On-demand benchmark (not part of the tests): SPEC's reading speed of the Prometheus form. A
# synthetic day of N GPUs (default 10,000: 14.4 million samples at one a minute) generated GPU by
# GPU, its telemetry rewritten as Prometheus range-query bodies (bench/PrometheusDayWriter.java)
# twice: series in the day's order (the generator's shape) and sorted by labels, one series per
# label set, as a real server answers (not the generator's shape). The nightly job runs with the
# heap limited (default -Xmx1g) on a fresh state directory on the CSV day and on both JSON days:
# telemetry samples per second, the run's time, peak resident memory; then DuckDB on the same JSON
# (read_json + unnest, bench/DuckDbTelemetry.java's prometheus form) when its JDBC driver can be had. Then all
# again in the other order (DuckDB first), so that none has the page cache to itself. The CSV
# extracts of the CSV day and of each JSON day must be the same. Timed runs take flock
# /tmp/cpu.lock when flock exists.
#   bench/prometheus-json-benchmark.sh [GPUS] [HEAP]
set -euo pipefail
cd "$(dirname "$0")/.."
GPUS="${1:-10000}"
HEAP="${2:-1g}"
DAY=2026-11-25
source bench/common.sh
DUCKDB=false
duckdb_ready && DUCKDB=true

CSV="$WORK/data-$GPUS-gpu"
JSON="$WORK/data-$GPUS-json"
SORTED="$WORK/data-$GPUS-json-sorted"
[ -d "$CSV" ] || java -cp target/classes kr.gpuprogram.reports.generate.SyntheticProgramGenerator \
    --gpus "$GPUS" --days 1 --start "$DAY" --order gpu --out "$CSV"
# the JSON files keep the CSV's names but .json: the writer is given OUT with its suffix changed
derived_day "$CSV" "$JSON" bash -c 'java bench/PrometheusDayWriter.java "$0" "${1%.csv}.json"'
derived_day "$CSV" "$SORTED" bash -c 'java bench/PrometheusDayWriter.java "$0" "${1%.csv}.json" --sorted-as-prometheus'

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
    $DUCKDB || return 0
    "${LOCK[@]}" bash -c 's=$(date +%s%N); /usr/bin/time -f "%M" -o "$0/rss-duckdb.txt" \
        java -cp "$1" DuckDbTelemetry "$2/inbox/gpu-metrics-*.json" prometheus
        code=$?; e=$(date +%s%N)
        echo "duckdb run $(( (e - s) / 1000000 )) ms JVM start to exit, exit $code; peak resident memory $(( $(tail -n 1 "$0/rss-duckdb.txt") / 1024 )) MB"' \
        "$WORK" "$DUCKDB_CP" "$JSON" || true
}

echo "== $GPUS GPUs, one day, -Xmx$HEAP, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) =="
program "$CSV" csv
program "$JSON" json
program "$SORTED" json-sorted
duckdb
echo "-- the other order"
duckdb
program "$SORTED" json-sorted-again
program "$JSON" json-again
for day in json json-sorted; do
    if diff -r -x '*.pdf' -x '*.xlsx' -x provenance.csv -x rejects.csv "$WORK/reports-csv" "$WORK/reports-$day" > /dev/null; then
        echo "CSV extracts of the CSV day and the $day day: identical (provenance.csv aside: it names the files)"
    else
        echo "CSV extracts of the CSV day and the $day day: DIFFERENT"
    fi
done
