#!/usr/bin/env bash
# Wrapper that cron calls: runs the jar from the project root with the given command, takes
# a lock so two runs never overlap, appends to a dated log and passes the exit status on.
#   jobs/gpu-usage-reports.sh run                 # the nightly job for yesterday
#   jobs/gpu-usage-reports.sh report --month 2026-11
# Settings come from the environment: GPU_REPORTS_HOME (project root), GPU_REPORTS_LOG_DIR,
# GPU_REPORTS_LOCK, GPU_REPORTS_LOCK_WAIT (seconds to wait for a running run, default 3600),
# JAVA_OPTS, GPU_REPORTS_ARGS (extra options such as --data-dir or --spring.mail.host=...),
# and GPU_REPORTS_CMD (the command to run instead of java -jar, for tests).
set -uo pipefail

HOME_DIR="${GPU_REPORTS_HOME:-$(cd "$(dirname "$0")/.." && pwd)}"
LOG_DIR="${GPU_REPORTS_LOG_DIR:-$HOME_DIR/var/log}"
LOCK_FILE="${GPU_REPORTS_LOCK:-$HOME_DIR/var/gpu-usage-reports.lock}"
JAR="$HOME_DIR/target/gpu-usage-reports.jar"

mkdir -p "$LOG_DIR" "$(dirname "$LOCK_FILE")"
LOG_FILE="$LOG_DIR/gpu-usage-reports-$(date +%F).log"
cd "$HOME_DIR" || exit 70

exec 9>"$LOCK_FILE"
if ! flock -w "${GPU_REPORTS_LOCK_WAIT:-3600}" 9; then
    echo "$(date -Is) another run holds $LOCK_FILE; giving up" | tee -a "$LOG_FILE" >&2
    exit 75
fi

echo "$(date -Is) start: $*" >> "$LOG_FILE"
# shellcheck disable=SC2086
if [ -n "${GPU_REPORTS_CMD:-}" ]; then
    $GPU_REPORTS_CMD "$@" >> "$LOG_FILE" 2>&1
else
    java ${JAVA_OPTS:-} -jar "$JAR" "$@" ${GPU_REPORTS_ARGS:-} >> "$LOG_FILE" 2>&1
fi
status=$?
echo "$(date -Is) end: $* -> exit $status" >> "$LOG_FILE"
exit $status
