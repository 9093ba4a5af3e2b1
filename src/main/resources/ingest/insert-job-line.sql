INSERT INTO job_line (file_id, line_no, cluster_id, job_id, account, user_name, submit_ts, start_ts, end_ts, state, gpus, content)
VALUES (:file_id, :line_no, :cluster_id, :job_id, :account, :user_name, :submit_ts, :start_ts, :end_ts, :state, :gpus, :content)
ON CONFLICT (file_id, line_no) DO NOTHING;
