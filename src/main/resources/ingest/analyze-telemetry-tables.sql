-- Fresh statistics for the tables a telemetry merge reads and fills, taken before the merge (the
-- ingest step has just written the parts) and after it (the figures read the sums by day).
ANALYZE telemetry_part, telemetry_job_day, inbox_file;
