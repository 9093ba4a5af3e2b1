-- The version of the file being merged (:file_id) that it replaces, if any: the ingested file of
-- the same name. Named once here for the kind-specific merge that follows.
CREATE TEMPORARY TABLE previous_version ON COMMIT DROP AS
SELECT file_id FROM inbox_file
WHERE status = 'INGESTED' AND file_id <> :file_id
  AND file_name = (SELECT file_name FROM inbox_file WHERE file_id = :file_id);
