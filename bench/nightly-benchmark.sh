#!/usr/bin/env bash
# On-demand benchmark (not part of the tests): generates a synthetic day of N GPUs (default
# 10,000: 14.4 million telemetry rows at one sample a minute) in both row orders of the
# telemetry files (time by time, and GPU by GPU), and runs the nightly job on each in two ways,
# with the heap limited (default -Xmx1g):
#  - java -jar on a fresh state directory (the database created in the run), once: job lines and
#    telemetry rows per second, each step's time, the run's time, peak heap and resident memory;
#  - as cron runs it, through jobs/gpu-usage-reports.sh (unpacked jar, class archive) on the
#    database left by the run of the day before, REPS times (default 3): each run's time from
#    JVM start to exit, and their median.
# When DuckDB's JDBC driver can be had (target/bench/lib, fetched with Maven; a bench-only
# download, never in the shipped jar), DuckDB's time on the same files, REPS times, is printed
# beside it with the ratios. The CSV extracts of both orders must be the same. Each timed run
# takes flock /tmp/cpu.lock (bench/common.sh).
# ORDERS may also hold "other": the time-order files rewritten by bench/other-exporter.awk as
# another exporter might write them (other column order and two more columns, CRLF, UTC with
# milliseconds, utilisation as 46.0), whose extracts must be those of the time order too.
#   bench/nightly-benchmark.sh [GPUS] [HEAP] [ORDERS]      ORDERS default "time gpu"
set -euo pipefail
cd "$(dirname "$0")/.."
GPUS="${1:-10000}"
HEAP="${2:-1g}"
ORDERS="${3:-time gpu}"
DAY=2026-11-25
source bench/common.sh
DUCKDB=false
duckdb_ready && DUCKDB=true

REPS="${REPS:-3}"
median() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m }'; }
# An empty inbox beside the reference files: the run of the day before, which gives the nightly
# measurement a database that already exists and the wrapper's class archive, as every night has.
EMPTY="$WORK/data-empty"

for ORDER in $ORDERS; do
    DATA="$WORK/data-$GPUS-$ORDER"
    generate() {
        [ -d "$WORK/data-$GPUS-$1" ] || java -cp target/classes kr.gpuprogram.reports.generate.SyntheticProgramGenerator \
            --gpus "$GPUS" --days 1 --start "$DAY" --order "$1" --out "$WORK/data-$GPUS-$1"
    }
    if [ "$ORDER" = other ]; then
        generate time
        derived_day "$WORK/data-$GPUS-time" "$DATA" bash -c 'awk -f bench/other-exporter.awk "$0" > "$1"'
    elif [ "$ORDER" != other ]; then
        generate "$ORDER"
    fi
    rm -rf "$WORK/state-$ORDER" "$WORK/reports-$GPUS-$ORDER"
    LOG="$WORK/run-$GPUS-$ORDER.log"
    echo "== $GPUS GPUs, one day, telemetry in $ORDER order, -Xmx$HEAP, $(nproc) cores =="
    echo "-- java -jar on a fresh state directory (database created in the run)"
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

    echo "-- as cron runs it: jobs/gpu-usage-reports.sh (unpacked jar, class archive), database of the day before, $REPS runs"
    rm -rf "$EMPTY" && mkdir -p "$EMPTY/inbox" && cp -r "$DATA/reference" "$EMPTY/"
    : > "$WORK/nightly-$ORDER.times"
    for rep in $(seq "$REPS"); do
        NIGHT="$WORK/nightly-$ORDER"
        rm -rf "$NIGHT"
        mkdir -p "$NIGHT"
        export GPU_REPORTS_LOG_DIR="$NIGHT/log" GPU_REPORTS_LOCK="$NIGHT/lock" JAVA_OPTS="-Xmx$HEAP"
        GPU_REPORTS_ARGS="--data-dir $EMPTY --report-dir $NIGHT/reports-before --state-dir $NIGHT/state" \
            jobs/gpu-usage-reports.sh run --date "$(date -d "$DAY - 1 day" +%F)" > /dev/null 2>&1 \
            || [ $? -eq 3 ]   # exit 3: no job file came for the day before, which is this day's point
        "${LOCK[@]}" bash -c 'l=$(cut -d" " -f1-3 /proc/loadavg); s=$(date +%s%N)
            GPU_REPORTS_ARGS="--data-dir $1 --report-dir $0/reports --state-dir $0/state" \
                /usr/bin/time -f "%M" -o "$0/rss" jobs/gpu-usage-reports.sh run --date "$2" > /dev/null 2>&1
            e=$(date +%s%N); echo "$(( (e - s) / 1000000 )) $l" > "$0/wall"' "$NIGHT" "$DATA" "$DAY"
        read -r ms l1 l2 l3 < "$NIGHT/wall"
        NLOG=$(ls "$NIGHT"/log/*.log)
        printf "run %d: %.1f s JVM start to exit (job %s; telemetry %s; report %s), peak resident memory %d MB, load before %s\n" \
            "$rep" "$(awk -v ms="$ms" "BEGIN { print ms / 1000 }")" \
            "$(grep -E "RunSummaryListener" "$NLOG" | tail -1 | sed -E 's/.* in ([0-9]+) ms.*/\1 ms/')" \
            "$(grep -E "telemetry lines in" "$NLOG" | tail -1 | sed -E 's/.*, ([0-9]+ lines\/s)/\1/')" \
            "$(grep -E "Step nightlyReportStep COMPLETED" "$NLOG" | tail -1 | sed -E 's/.* in ([0-9]+ ms).*/\1/')" \
            "$(( $(cat "$NIGHT/rss") / 1024 ))" "$l1"
        echo "$ms" >> "$WORK/nightly-$ORDER.times"
        unset GPU_REPORTS_LOG_DIR GPU_REPORTS_LOCK JAVA_OPTS
    done
    NIGHTLY=$(awk '{ print $1 / 1000 }' "$WORK/nightly-$ORDER.times" | median)
    echo "nightly median: $NIGHTLY s"
    if $DUCKDB; then
        : > "$WORK/duckdb-$ORDER.times"
        for rep in $(seq "$REPS"); do
            "${LOCK[@]}" bash -c 's=$(date +%s%N)
                java -cp "$0" DuckDbTelemetry "$1/inbox/gpu-metrics-*.csv" "$3" > /dev/null
                e=$(date +%s%N); echo "$(( (e - s) / 1000000 ))" >> "$2"' \
                "$DUCKDB_CP" "$DATA" "$WORK/duckdb-$ORDER.times" "$ORDER"
        done
        DUCK=$(awk '{ print $1 / 1000 }' "$WORK/duckdb-$ORDER.times" | median)
        echo "duckdb, JVM start to exit, $REPS runs: $(awk '{ printf "%.1f s ", $1 / 1000 }' "$WORK/duckdb-$ORDER.times")(median $DUCK s)"
        awk -v n="$NIGHTLY" -v d="$DUCK" -v f="$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')" \
            'BEGIN { printf "ratio to DuckDB: nightly (cron wrapper) %.1f x, java -jar on a fresh state %.1f x\n", n / d, f / d }'
    fi
    echo "load after: $(uptime | sed 's/.*load average/load average/')"
done
set -- $ORDERS
FIRST="$1"
shift
for OTHER in "$@"; do
    if diff -r -x '*.pdf' -x '*.xlsx' -x provenance.csv "$WORK/reports-$GPUS-$FIRST" "$WORK/reports-$GPUS-$OTHER" > /dev/null; then
        echo "CSV extracts of the $FIRST and $OTHER orders: identical (provenance.csv aside: it holds the files' hashes)"
    else
        echo "CSV extracts of the $FIRST and $OTHER orders: DIFFERENT"
    fi
done
