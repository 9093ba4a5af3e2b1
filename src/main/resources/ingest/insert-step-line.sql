INSERT INTO job_step_line (file_id, line_no) VALUES (:file_id, :line_no)
ON CONFLICT (file_id, line_no) DO NOTHING;
