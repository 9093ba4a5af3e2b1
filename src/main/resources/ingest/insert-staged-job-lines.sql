-- A line already stored (a chunk written again after a restart) is kept as it is, as before COPY.
WITH staged AS (DELETE FROM job_line_stage RETURNING *)
INSERT INTO job_line (file_id, line_no, cluster_id, job_id, account, user_name, submit_ts, start_ts, end_ts, state, gpus, content)
SELECT file_id, line_no, cluster_id, job_id, account, user_name, submit_ts, start_ts, end_ts, state, gpus, content
FROM staged
ON CONFLICT (file_id, line_no) DO NOTHING;
