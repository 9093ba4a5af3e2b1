# Rewrites a telemetry file of the generator (timestamp,cluster_id,hostname,gpu,job_id,gpu_util,
# offsets like +09:00) the way another exporter might write the same samples: other column order
# and two more columns, CRLF line ends, UTC timestamps with milliseconds, utilisation as 46.0.
# The figures must not change (only provenance, which holds the files' checksums).
#   awk -f bench/other-exporter.awk gpu-metrics-<cluster>-<day>.csv > other/gpu-metrics-<cluster>-<day>.csv
BEGIN { FS = ","; OFS = "," }
function days_from_civil(y, m, d,    era, yoe, doy, doe) {
    y -= (m <= 2); era = int(y / 400); yoe = y - era * 400
    doy = int((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
    doe = yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy
    return era * 146097 + doe - 719468
}
function utc(ts,    y, mo, d, h, mi, s, sign, oh, om, secs, days, z, era, doe, yoe, doy, mp) {
    if (ts == last_in) return last_out
    y = substr(ts, 1, 4) + 0; mo = substr(ts, 6, 2) + 0; d = substr(ts, 9, 2) + 0
    h = substr(ts, 12, 2) + 0; mi = substr(ts, 15, 2) + 0; s = substr(ts, 18, 2) + 0
    sign = substr(ts, 20, 1); oh = substr(ts, 21, 2) + 0; om = substr(ts, 24, 2) + 0
    secs = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s
    secs -= (sign == "-" ? -1 : 1) * (oh * 3600 + om * 60)
    days = int(secs / 86400); secs -= days * 86400
    z = days + 719468; era = int(z / 146097); doe = z - era * 146097
    yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
    doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100)); mp = int((5 * doy + 2) / 153)
    d = doy - int((153 * mp + 2) / 5) + 1; mo = mp + (mp < 10 ? 3 : -9); y = yoe + era * 400 + (mo <= 2)
    last_in = ts
    last_out = sprintf("%04d-%02d-%02dT%02d:%02d:%02d.000Z", y, mo, d, int(secs / 3600), int(secs % 3600 / 60), secs % 60)
    return last_out
}
NR == 1 { printf "hostname,gpu,timestamp,gpu_util,job_id,cluster_id,gpu_uuid,power_w\r\n"; next }
{ printf "%s,%s,%s,%s.0,%s,%s,GPU-%08d-%s,%d\r\n", $3, $4, utc($1), $6, $5, $2, NR, $4, 250 + $6 }
