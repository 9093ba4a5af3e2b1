#!/usr/bin/env bash
# Wrapper that cron calls: runs the jar from the project root with the given command, takes
# a lock so two runs never overlap, appends to a dated log and passes the exit status on.
#   jobs/gpu-usage-reports.sh run                      # the nightly job for yesterday
#   jobs/gpu-usage-reports.sh report --month previous  # last month, after ingesting late files
# Dates are the program's business (computed in the program zone), never this script's.
# Standard output goes to the log only; standard error (a failed run's reason, the warning
# of a provisional report) goes to the log and to this script's standard error, which cron
# mails to the operator.
# Settings come from the environment: GPU_REPORTS_HOME (project root), GPU_REPORTS_LOG_DIR,
# GPU_REPORTS_LOCK, GPU_REPORTS_LOCK_WAIT (seconds to wait for a running run, default 3600),
# GPU_REPORTS_LOG_DAYS (the days of logs kept, default 90: older logs are deleted at each start),
# GPU_REPORTS_ZONE (the program zone that names the log files, default Asia/Seoul),
# GPU_REPORTS_JIT_OPTS, JAVA_OPTS, GPU_REPORTS_ARGS (extra options such as --data-dir or --spring.mail.host=...),
# and GPU_REPORTS_CMD (the command to run instead of java -jar, for tests).
set -uo pipefail

HOME_DIR="${GPU_REPORTS_HOME:-$(cd "$(dirname "$0")/.." && pwd)}"
LOG_DIR="${GPU_REPORTS_LOG_DIR:-$HOME_DIR/var/log}"
LOCK_FILE="${GPU_REPORTS_LOCK:-$HOME_DIR/var/gpu-usage-reports.lock}"
ZONE="${GPU_REPORTS_ZONE:-Asia/Seoul}"
JAR="$HOME_DIR/target/gpu-usage-reports.jar"

stamp() { TZ="$ZONE" date -Is; }

mkdir -p "$LOG_DIR" "$(dirname "$LOCK_FILE")"
# dated in the program zone: the host's zone (often UTC) would file a 04:30 KST run under the day before
LOG_FILE="$LOG_DIR/gpu-usage-reports-$(TZ="$ZONE" date +%F).log"
cd "$HOME_DIR" || { echo "gpu-usage-reports.sh: cannot enter $HOME_DIR" >&2; exit 70; }

# Logs of more than GPU_REPORTS_LOG_DAYS days (today included) go: the date is the one in the name,
# in the program zone, so that a copied or touched log goes when its day does.
LOG_DAYS="${GPU_REPORTS_LOG_DAYS:-90}"
if [[ "$LOG_DAYS" =~ ^[0-9]+$ ]] && [ "$LOG_DAYS" -gt 0 ]; then
    OLDEST_KEPT="$(TZ="$ZONE" date -d "-$((LOG_DAYS - 1)) days" +%F)"
    for old_log in "$LOG_DIR"/gpu-usage-reports-????-??-??.log; do
        [ -f "$old_log" ] || continue
        day="${old_log##*/gpu-usage-reports-}"
        day="${day%.log}"
        if [[ "$day" < "$OLDEST_KEPT" ]]; then
            rm -f "$old_log"
        fi
    done
fi

exec 9>"$LOCK_FILE"
if ! flock -w "${GPU_REPORTS_LOCK_WAIT:-3600}" 9; then
    echo "$(stamp) another run holds $LOCK_FILE; giving up" | tee -a "$LOG_FILE" >&2
    exit 75
fi

# Which JIT compiler compiles what. A cold run's CPU is mostly compiling, and C2, the optimising
# compiler, pays only in the few loops that run for seconds: the telemetry parser
# (kr/gpuprogram/reports/ingest) and SHA-256, whose C2 intrinsic uses the CPU's SHA instructions
# (C1 alone hashes the inbox seven times slower). jobs/jit-directives.json keeps C2 for those and
# leaves every other method to C1: the 10,000-GPU day as cron runs it took 10.1-11.2 s (user CPU
# 13.2-14.4 s) against 11.8-15.8 s (17.7-23.9 s) with both compilers everywhere, 4 alternating
# runs each. A report or rerun from stored figures runs with C1 alone, sooner than with both
# compilers (2,000-GPU year: process 8.7-9.9 s against 10.4-13.2 s) and than with the directives,
# whose methods pass through C1's profiling tier first (10,000-GPU month: 5.3-6.0 s against
# 6.0-6.9 s); `report --month previous` then hashes the few files that came late at C1's pace.
# GPU_REPORTS_JIT_OPTS, when set (empty included), replaces these; JAVA_OPTS come after them.
case "${1:-}" in
    report|rerun) JIT_OPTS="-XX:TieredStopAtLevel=1" ;;
    *)
        if [ -f jobs/jit-directives.json ]; then
            JIT_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:CompilerDirectivesFile=jobs/jit-directives.json"
        else
            JIT_OPTS="" # a partial copy of jobs/: both compilers everywhere, slower, but the run starts
        fi ;;
esac
JIT_OPTS="${GPU_REPORTS_JIT_OPTS-$JIT_OPTS}"

# The jar starts faster unpacked (no classes read from jars nested in a jar), and faster again
# with a class data sharing archive of the classes a run loads (Java 17: written when a run
# ends, with -XX:ArchiveClassesAtExit; every later run maps it). Month report from stored
# figures, 2,000-GPU year, quiet machine: 8.3-8.4 s from start to exit unpacked, 5.6-7.1 s with
# the archive, 4.0-4.9 s with the archive and C1, against 10.4-13.2 s from the jar. Both are
# made again whenever the jar is newer; should unpacking fail, the jar itself runs.
APP_DIR="$HOME_DIR/target/app"
APP_JAR="$APP_DIR/gpu-usage-reports.jar"
CDS_ARCHIVE="$APP_DIR/gpu-usage-reports.jsa"
if [ -n "${GPU_REPORTS_CMD:-}" ]; then
    APP_JAR="$JAR"
elif [ ! -f "$APP_JAR" ] || [ "$JAR" -nt "$APP_JAR" ]; then
    rm -rf "$APP_DIR"
    if ! java -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" >> "$LOG_FILE" 2>&1; then
        echo "$(stamp) could not unpack $JAR: running it as it is" >> "$LOG_FILE"
        rm -rf "$APP_DIR"
        APP_JAR="$JAR"
    fi
fi
# The archive holds the classes of the run that wrote it, so it is kept only from a run of a
# job that succeeded: one written by `history`, or by a run refused at once (another process owns
# the state directory, a mistyped option), would leave every later night loading most classes
# from the jar until the next jar.
CDS_WRITING="$CDS_ARCHIVE.writing"
if [ "$APP_JAR" = "$JAR" ]; then
    CDS_OPTS=""
elif [ -f "$CDS_ARCHIVE" ]; then
    CDS_OPTS="-XX:SharedArchiveFile=$CDS_ARCHIVE"
else
    rm -f "$CDS_WRITING"
    case "${1:-}" in
        run|report|rerun) CDS_OPTS="-XX:ArchiveClassesAtExit=$CDS_WRITING" ;;
        *) CDS_OPTS="" ;;
    esac
fi
# The JVM writes its class-archive warnings ("[warning][cds] Skipping ...: Failed verification",
# hundreds of lines while an archive is written) to standard output, that is into the log: only
# its errors are kept, on standard error.
if [ -n "$CDS_OPTS" ]; then
    CDS_OPTS="$CDS_OPTS -Xlog:cds=off,cds+dynamic=off -Xlog:cds=error,cds+dynamic=error:stderr"
fi
# Java 17 crashes (SIGSEGV in KlassFactory::check_shared_class_file_load_hook) when a flight recording
# starts in a JVM that maps or writes a dynamic archive: a run asked to record runs without one.
case " ${JAVA_OPTS:-} " in
    *FlightRecord*) CDS_OPTS="" ;;
esac

echo "$(stamp) start: $*" >> "$LOG_FILE"
# stdout to the log; stderr through tee to the log and to cron's mail
# shellcheck disable=SC2086
{
    if [ -n "${GPU_REPORTS_CMD:-}" ]; then
        $GPU_REPORTS_CMD "$@" ${GPU_REPORTS_ARGS:-} 2>&1 >> "$LOG_FILE"
    else
        java $CDS_OPTS $JIT_OPTS ${JAVA_OPTS:-} -jar "$APP_JAR" "$@" ${GPU_REPORTS_ARGS:-} 2>&1 >> "$LOG_FILE"
    fi
} | tee -a "$LOG_FILE" >&2
status=${PIPESTATUS[0]}
if [ -f "$CDS_WRITING" ]; then
    if [ "$status" -eq 0 ]; then
        mv "$CDS_WRITING" "$CDS_ARCHIVE"
    else
        rm -f "$CDS_WRITING"
    fi
fi
echo "$(stamp) end: $* -> exit $status" >> "$LOG_FILE"
# Exit 3 (no job file arrived for any cluster: the report was written, but the night had no data)
# is passed on as a failure, so that cron's mail and monitoring see it.
if [ "$status" -eq 3 ]; then
    echo "gpu-usage-reports.sh: '$*' found no job file for any cluster (exit 3): the report is provisional; log: $LOG_FILE" >&2
elif [ "$status" -ne 0 ]; then
    echo "gpu-usage-reports.sh: '$*' failed with exit $status; log: $LOG_FILE" >&2
fi
exit $status
