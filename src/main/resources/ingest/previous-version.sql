-- The version of the file being merged (:file_id) that it replaces, if any: the ingested file of
-- the same name, and for a .json (an operator's native export) the ingested .csv of the same
-- cluster-day, since one cluster-day has one job file and one telemetry file. Named once here for
-- the kind-specific merge that follows.
CREATE TEMPORARY TABLE previous_version ON COMMIT DROP AS
SELECT file_id FROM inbox_file
WHERE status = 'INGESTED' AND file_id <> :file_id
  AND (file_name = (SELECT file_name FROM inbox_file WHERE file_id = :file_id)
       -- a .csv read beside the .json is already its reject ("another form ... is present"): it stays one
       OR (file_problem IS NULL
           AND file_name = (SELECT left(file_name, -5) || '.csv' FROM inbox_file
                            WHERE file_id = :file_id AND file_name LIKE '%.json')));
