-- status: the last job execution (a nightly run, a rerun, a month report), its parameters in one text.
SELECT i.job_name, e.status, e.end_time, e.start_time,
       coalesce((SELECT string_agg(p.parameter_name || '=' || p.parameter_value, ' ' ORDER BY p.parameter_name)
                 FROM batch_job_execution_params p
                 WHERE p.job_execution_id = e.job_execution_id AND p.identifying = 'Y'
                   AND p.parameter_name <> 'run.id'), '') AS parameters
FROM batch_job_execution e
JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
ORDER BY e.job_execution_id DESC
LIMIT 1;
