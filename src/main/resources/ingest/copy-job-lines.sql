COPY job_line_stage (file_id, line_no, cluster_id, job_id, account, user_name, submit_ts, start_ts, end_ts, state, gpus, content)
FROM STDIN;
