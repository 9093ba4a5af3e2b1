-- A JSON file is read as a stream: where it turns out not to parse (truncated, not the expected
-- object), its reader has already handed on the jobs or samples before that point, then one reject
-- at line 0. Such a file is one reject and its cluster-day counts as missing: what came before is
-- dropped here, before the kind-specific merge. A CSV file's line-0 reject has nothing before it.
DELETE FROM job_line WHERE file_id = :file_id
  AND EXISTS (SELECT 1 FROM input_reject r WHERE r.file_id = :file_id AND r.line_no = 0);
DELETE FROM job_step_line WHERE file_id = :file_id
  AND EXISTS (SELECT 1 FROM input_reject r WHERE r.file_id = :file_id AND r.line_no = 0);
DELETE FROM telemetry_part WHERE file_id = :file_id
  AND EXISTS (SELECT 1 FROM input_reject r WHERE r.file_id = :file_id AND r.line_no = 0);
DELETE FROM input_reject WHERE file_id = :file_id AND line_no <> 0
  AND EXISTS (SELECT 1 FROM input_reject r WHERE r.file_id = :file_id AND r.line_no = 0);
