-- A file version to be read (again) from its first line: nothing of an earlier attempt stays.
DELETE FROM job_line WHERE file_id = :file_id;
DELETE FROM job_step_line WHERE file_id = :file_id;
DELETE FROM input_reject WHERE file_id = :file_id;
UPDATE inbox_file SET status = 'PENDING', lines_read = 0, lines_used = 0, lines_rejected = 0,
       lines_not_started = 0, lines_step = 0, ingested_at = NULL
WHERE file_id = :file_id;
DELETE FROM telemetry_part WHERE file_id = :file_id;
DELETE FROM telemetry_job_day WHERE file_id = :file_id;
