# Sourced by the bench scripts: what each of them needs before it measures.
#   WORK      target/bench, where data, states, reports and logs go
#   LOCK      flock /tmp/cpu.lock when flock exists: timed runs take it, as a shared machine's other
#             benchmarks and test suites do
#   the jar   built when target/gpu-usage-reports.jar is not there
#   duckdb_ready        fetches DuckDB's JDBC driver (bench only, never in the shipped jar) and
#                       compiles bench/DuckDbTelemetry.java once (as a source file it would spend
#                       half a second in javac on each run); false when the driver cannot be had
#   DUCKDB_CP           the classpath that runs DuckDbTelemetry
#   derived_day SRC DST COMMAND...
#                       DST: SRC's reference files and job files, and each telemetry file of SRC
#                       rewritten by COMMAND IN OUT (written beside, then renamed: a half-made day is
#                       made again, never measured)
WORK="target/bench"
LOCK=()
command -v flock > /dev/null && LOCK=(flock /tmp/cpu.lock)
mkdir -p "$WORK"
[ -f target/gpu-usage-reports.jar ] || mvn -B -q package -DskipTests

DUCKDB_VERSION=1.4.4.0
DUCKDB_JAR="$WORK/lib/duckdb_jdbc-$DUCKDB_VERSION.jar"
DUCKDB_CLASSES="$WORK/duckdb-classes"
DUCKDB_CP="$DUCKDB_JAR:$DUCKDB_CLASSES"

duckdb_ready() {
    if [ ! -f "$DUCKDB_JAR" ]; then
        mvn -B -q dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$DUCKDB_VERSION" -DoutputDirectory="$WORK/lib" \
            > /dev/null 2>&1 || { echo "(DuckDB's JDBC driver not available: no DuckDB comparison)"; return 1; }
    fi
    if [ ! "$DUCKDB_CLASSES/DuckDbTelemetry.class" -nt bench/DuckDbTelemetry.java ]; then
        javac -cp "$DUCKDB_JAR" -d "$DUCKDB_CLASSES" bench/DuckDbTelemetry.java
    fi
}

derived_day() {
    local src="$1" dst="$2" f out
    shift 2
    [ -d "$dst" ] && return 0
    rm -rf "$dst.writing"
    mkdir -p "$dst.writing/inbox"
    cp -r "$src/reference" "$dst.writing/"
    cp "$src"/inbox/jobs-* "$dst.writing/inbox/"
    for f in "$src"/inbox/gpu-metrics-*.csv; do
        out="$dst.writing/inbox/$(basename "$f")"
        "$@" "$f" "$out"
    done
    mv "$dst.writing" "$dst"
}
