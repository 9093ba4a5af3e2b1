-- The stored reference tables already hold exactly this content (and its file list, with the
-- encoding each file was read in: rows stored before V17 lack it and are loaded again).
SELECT count(*) FROM reference_state WHERE sha256 = :sha256 AND EXISTS (SELECT 1 FROM reference_file)
    AND NOT EXISTS (SELECT 1 FROM reference_file WHERE encoding IS NULL);
