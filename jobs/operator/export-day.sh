#!/usr/bin/env bash
# What an operator runs on its own side, each morning, to write one cluster-day's two files for
# the GPU support program's inbox from its own Slurm and Prometheus: bash, curl and GNU date only,
# so that it can be read before it is run. See --help (and docs/operator-export.md).
set -uo pipefail

usage() {
    cat <<'USAGE'
Usage: export-day.sh --cluster ID --out DIR [--date YYYY-MM-DD] [--zone ZONE]
                     [--prometheus URL] [--selector 'DCGM_FI_DEV_GPU_UTIL{cluster="a"}'] [--step S]

Writes one cluster-day of the GPU support program's input from the cluster's own tools:

  DIR/jobs-ID-DATE.json         Slurm accounting of the day:
                                ${SACCT:-sacct} --clusters=ID --allusers --allocations --json
                                      --starttime DATE 00:00 --endtime DATE+1 00:00 (in ZONE)
  DIR/gpu-metrics-ID-DATE.json  with --prometheus only: URL/api/v1/query_range for the selector,
                                from the day's start to its end less one step (so that two days'
                                files never hold the same sample), every S seconds

Options:
  --cluster ID       the cluster's cluster_id in the program's reference/clusters.csv (required)
  --out DIR          an existing folder to write into (required); then bring the files to the
                     program's inbox, e.g. rsync -a --exclude '.*' DIR/ program@host:data/inbox/
  --date YYYY-MM-DD  the day (default: yesterday in ZONE)
  --zone ZONE        the zone of the day's bounds (default: Asia/Seoul, the program zone)
  --prometheus URL   the Prometheus that scrapes the cluster's dcgm-exporter (e.g. http://prom:9090);
                     without it no telemetry file is written
  --selector EXPR    the series to ask for (default: DCGM_FI_DEV_GPU_UTIL); name the cluster's
                     label when one Prometheus scrapes several clusters
  --step S           seconds between samples (default 60); Prometheus answers at most 11,000 points
                     a series, so a step under 8 s is refused
  -h, --help         this text

Each file is written under a temporary name (.NAME.part in DIR) and renamed into place only when
its source answered successfully (sacct exit 0; HTTP 200 with "status":"success"), so DIR never
holds a partial file. A source that fails is one line on stderr naming it and why, and a non-zero
exit (1); the other file is still written. Wrong options: exit 2.
The dcgm-exporter must run with --hpc-job-mapping-dir (and the Slurm prolog/epilog that write
its mapping files) for the samples to carry the hpc_job label: see docs/operator-export.md.
USAGE
}

refuse() {
    echo "export-day.sh: $*" >&2
    echo "export-day.sh: see --help" >&2
    exit 2
}

cluster="" out="" day="" zone="Asia/Seoul" prometheus="" selector="DCGM_FI_DEV_GPU_UTIL" step=60
while [ $# -gt 0 ]; do
    case "$1" in
        -h|--help) usage; exit 0 ;;
        --cluster|--out|--date|--zone|--prometheus|--selector|--step)
            [ $# -ge 2 ] || refuse "$1 needs a value"
            case "$1" in
                --cluster) cluster=$2 ;;
                --out) out=$2 ;;
                --date) day=$2 ;;
                --zone) zone=$2 ;;
                --prometheus) prometheus=${2%/} ;;
                --selector) selector=$2 ;;
                --step) step=$2 ;;
            esac
            shift 2 ;;
        *) refuse "unknown option '$1'" ;;
    esac
done

[ -n "$cluster" ] || refuse "--cluster ID is required"
[[ "$cluster" =~ ^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$ ]] \
    || refuse "--cluster '$cluster': a cluster_id is 1 to 64 of A-Z a-z 0-9 . _ - not starting with ."
[ -n "$out" ] || refuse "--out DIR is required"
[ -d "$out" ] || refuse "--out $out: no such folder"
[ -w "$out" ] || refuse "--out $out: not writable"
[ -e "/usr/share/zoneinfo/$zone" ] || TZ="$zone" date >/dev/null 2>&1 || refuse "--zone $zone: not a time zone"
[[ "$step" =~ ^[0-9]+$ ]] || refuse "--step $step: not a whole number of seconds"
[ "$step" -ge 8 ] || refuse "--step $step: under 8 s a day has more points a series than the 11,000 Prometheus answers"

if [ -z "$day" ]; then
    # yesterday in the zone, from noon so that no clock change moves it to another day
    day=$(TZ="$zone" date -d "$(TZ="$zone" date +%F) 12:00 1 day ago" +%F)
fi
[[ "$day" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] && [ "$(TZ=UTC date -d "$day" +%F 2>/dev/null)" = "$day" ] \
    || refuse "--date $day: not a date YYYY-MM-DD"
next=$(TZ=UTC date -d "$day 12:00 1 day" +%F)
day_start=$(TZ="$zone" date -d "$day 00:00:00" +%s)
day_end=$(TZ="$zone" date -d "$next 00:00:00" +%s)

status=0

# Each source writes under a temporary name, renamed into place only when it succeeded.
jobs_name="jobs-$cluster-$day.json"
jobs_tmp="$out/.$jobs_name.part"
sacct_err="$out/.$jobs_name.err"
# sacct reads --starttime/--endtime in its TZ: the zone's midnights
if TZ="$zone" "${SACCT:-sacct}" --clusters="$cluster" --allusers --allocations --json \
        --starttime "${day}T00:00:00" --endtime "${next}T00:00:00" >"$jobs_tmp" 2>"$sacct_err"; then
    mv -f "$jobs_tmp" "$out/$jobs_name"
else
    code=$?
    reason=$(head -n 1 "$sacct_err" 2>/dev/null)
    echo "export-day.sh: sacct failed (exit $code)${reason:+: $reason}; $jobs_name not written" >&2
    rm -f "$jobs_tmp"
    status=1
fi
rm -f "$sacct_err"

if [ -n "$prometheus" ]; then
    metrics_name="gpu-metrics-$cluster-$day.json"
    metrics_tmp="$out/.$metrics_name.part"
    curl_err="$out/.$metrics_name.err"
    http=$(curl -sS -G --max-time 600 -o "$metrics_tmp" -w '%{http_code}' \
        --data-urlencode "query=$selector" \
        --data-urlencode "start=$day_start" \
        --data-urlencode "end=$((day_end - step))" \
        --data-urlencode "step=$step" \
        "$prometheus/api/v1/query_range" 2>"$curl_err")
    code=$?
    if [ "$code" -ne 0 ]; then
        echo "export-day.sh: Prometheus at $prometheus did not answer: $(head -n 1 "$curl_err"); $metrics_name not written" >&2
        status=1
    elif [ "$http" != "200" ]; then
        detail=$(head -c 300 "$metrics_tmp" 2>/dev/null | tr -d '\n')
        echo "export-day.sh: Prometheus at $prometheus answered HTTP $http${detail:+: $detail}; $metrics_name not written" >&2
        status=1
    elif ! head -c 200 "$metrics_tmp" | grep -q '"status" *: *"success"'; then
        echo "export-day.sh: Prometheus at $prometheus answered without \"status\":\"success\"; $metrics_name not written" >&2
        status=1
    else
        mv -f "$metrics_tmp" "$out/$metrics_name"
    fi
    rm -f "$metrics_tmp" "$curl_err"
fi

exit "$status"
