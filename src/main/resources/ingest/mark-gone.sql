-- A registered version that was never read because its file left the inbox first: it counts for
-- nothing, and the same content put back is registered and read again.
UPDATE inbox_file SET status = 'GONE'
WHERE file_id = :file_id AND status = 'PENDING'
  AND NOT EXISTS (SELECT 1 FROM job_line WHERE file_id = :file_id)
  AND NOT EXISTS (SELECT 1 FROM job_step_line WHERE file_id = :file_id)
  AND NOT EXISTS (SELECT 1 FROM input_reject WHERE file_id = :file_id)
  AND NOT EXISTS (SELECT 1 FROM telemetry_part WHERE file_id = :file_id);
