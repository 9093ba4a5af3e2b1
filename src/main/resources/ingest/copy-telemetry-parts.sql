COPY telemetry_part_stage (file_id, part_no, day, cluster_id, job_id, samples, util_sum, util_histogram)
FROM STDIN;
