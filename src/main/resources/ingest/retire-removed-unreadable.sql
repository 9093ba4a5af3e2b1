-- Versions that could not be read and whose file has since left the inbox (or been replaced):
-- removing the bad file is all it takes; they are no longer listed among a day's rejects.
UPDATE inbox_file SET status = 'REMOVED'
WHERE status = 'INGESTED' AND file_problem IS NOT NULL
  AND NOT (file_name = ANY (CAST(:present AS text[])));
