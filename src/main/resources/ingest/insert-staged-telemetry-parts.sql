-- A part already stored (a chunk written again after a restart) is kept as it is, as before COPY.
WITH staged AS (DELETE FROM telemetry_part_stage RETURNING *)
INSERT INTO telemetry_part (file_id, part_no, day, cluster_id, job_id, samples, util_sum, util_histogram)
SELECT file_id, part_no, day, cluster_id, job_id, samples, util_sum, util_histogram
FROM staged
ON CONFLICT (file_id, part_no, day, cluster_id, job_id) DO NOTHING;
