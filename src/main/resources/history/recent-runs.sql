-- The last job executions, newest first, with their parameters in one text (history command).
SELECT e.job_execution_id, i.job_name, e.start_time, e.end_time, e.status, e.exit_code,
       coalesce((SELECT string_agg(p.parameter_name || '=' || p.parameter_value, ' ' ORDER BY p.parameter_name)
                 FROM batch_job_execution_params p
                 WHERE p.job_execution_id = e.job_execution_id AND p.identifying = 'Y'), '') AS parameters,
       -- a job of flows records a failure on the failed step only: its first line is the reason then
       coalesce(nullif(split_part(e.exit_message, E'\n', 1), ''),
                (SELECT split_part(s.exit_message, E'\n', 1)
                 FROM batch_step_execution s
                 WHERE s.job_execution_id = e.job_execution_id AND s.status = 'FAILED'
                 ORDER BY s.step_execution_id LIMIT 1), '') AS reason
FROM batch_job_execution e
JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
ORDER BY e.job_execution_id DESC
LIMIT :limit;
