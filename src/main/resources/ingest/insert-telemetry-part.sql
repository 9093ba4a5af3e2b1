INSERT INTO telemetry_part (file_id, part_no, day, cluster_id, job_id, samples, util_sum, util_histogram)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (file_id, part_no, day, cluster_id, job_id) DO NOTHING;
